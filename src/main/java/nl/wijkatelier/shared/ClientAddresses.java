package nl.wijkatelier.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The unit in which client addresses are counted (failed logins, sign-ups, wrong join codes). An IPv4 address counts
 * on its own. An IPv6 address counts as its /64 network: one household or phone gets a whole /64 from its provider
 * (RFC 6177, the RIPE-690 advice) and can use any of its 2^64 addresses, so counting single IPv6 addresses would let
 * one client spread its attempts over as many counters as it likes. An IPv4 address written as IPv6
 * ({@code ::ffff:192.0.2.1}) counts as that IPv4 address.
 */
public final class ClientAddresses {

	private ClientAddresses() {
	}

	/**
	 * The key to count {@code address} under: an IPv4 address as it is, an IPv6 address as its /64 prefix in the
	 * form {@code 2001:db8:1:2::/64}. Anything that is not an IP literal (no address at all, a host name a test made
	 * up) is returned as it is, never looked up in DNS.
	 */
	public static String countingKey(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return address;
		}
		String literal = address.trim();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		if (!literal.matches("[0-9A-Fa-f:.]+")) {
			return address;
		}
		try {
			// A literal with ':' only in hex digits, colons and dots is parsed, never resolved.
			InetAddress parsed = InetAddress.getByName(literal);
			if (parsed instanceof Inet4Address v4) {
				return v4.getHostAddress();
			}
			if (parsed instanceof Inet6Address v6) {
				byte[] bytes = v6.getAddress();
				StringBuilder prefix = new StringBuilder();
				for (int group = 0; group < 4; group++) {
					int value = ((bytes[2 * group] & 0xFF) << 8) | (bytes[2 * group + 1] & 0xFF);
					prefix.append(Integer.toHexString(value)).append(':');
				}
				return prefix.append(":/64").toString().toLowerCase(Locale.ROOT);
			}
			return address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}
}
