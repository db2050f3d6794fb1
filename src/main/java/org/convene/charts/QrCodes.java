package org.convene.charts;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as SVG (one path), for the join link on the projector and on printed cards. */
public final class QrCodes {

	private QrCodes() {
	}

	public static String svg(String text, String title) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int border = 2;
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><title>" + Charts.escape(title) + "</title><rect width=\"100%\""
				+ " height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
	}
}
