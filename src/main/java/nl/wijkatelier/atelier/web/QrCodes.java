package nl.wijkatelier.atelier.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code as an SVG path: one square per dark module, in a viewBox of modules (no pixels to scale). */
final class QrCodes {

	/** The quiet zone the QR standard asks for around the code, in modules. */
	private static final int MARGIN = 4;

	private QrCodes() {
	}

	record Svg(int size, String path) {
	}

	static Svg of(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, MARGIN, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return new Svg(matrix.getWidth(), path.toString());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode as QR code: " + text, ex);
		}
	}
}
