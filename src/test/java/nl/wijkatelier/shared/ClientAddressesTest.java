package nl.wijkatelier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

	@Test
	void countsAnIpv6AddressAsItsSlash64() {
		assertThat(ClientAddresses.countingKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddresses.countingKey("2001:0DB8:0001:0002:0000:0000:0000:0001")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddresses.countingKey("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddresses.countingKey("[2001:db8:1:2::ff]")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddresses.countingKey("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
		assertThat(ClientAddresses.countingKey("::1")).isEqualTo("0:0:0:0::/64");
	}

	@Test
	void tellsNeighbouringSlash64NetworksApart() {
		assertThat(ClientAddresses.countingKey("2001:db8:1:2::1")).isNotEqualTo(ClientAddresses.countingKey("2001:db8:1:3::1"));
	}

	@Test
	void keepsIpv4AsItIsAlsoWhenWrittenAsIpv6() {
		assertThat(ClientAddresses.countingKey("192.0.2.17")).isEqualTo("192.0.2.17");
		assertThat(ClientAddresses.countingKey("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
	}

	@Test
	void leavesWhatIsNoAddressAloneWithoutLookingItUp() {
		assertThat(ClientAddresses.countingKey("client-a")).isEqualTo("client-a");
		assertThat(ClientAddresses.countingKey("evil.example:80")).isEqualTo("evil.example:80");
		assertThat(ClientAddresses.countingKey("")).isEmpty();
		assertThat(ClientAddresses.countingKey(null)).isNull();
	}
}
