package nl.wijkatelier.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.wijkatelier.planning.Evaluation;
import nl.wijkatelier.planning.PlanPackage;
import nl.wijkatelier.planning.PlanResult;
import nl.wijkatelier.shared.Money;
import nl.wijkatelier.works.Task;

/** A self-contained HTML report of a plan: figures beside the baseline, the packages and the schedule. */
final class PlanReport {

	private PlanReport() {
	}

	static void html(PlanResult result, List<Task> tasks, Locale locale, OutputStream out) {
		PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		boolean nl = "nl".equals(locale.getLanguage());
		Evaluation s = result.schedule();
		Evaluation b = result.baseline();
		w.println("<!DOCTYPE html><html lang=\"" + (nl ? "nl" : "en") + "\"><head><meta charset=\"utf-8\">");
		w.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
		w.println("<title>" + (nl ? "Gezamenlijke programmering" : "Joint programme") + "</title>");
		w.println("<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}"
				+ "table{border-collapse:collapse}td,th{border:1px solid #888;padding:.25rem .5rem;text-align:left}</style>");
		w.println("</head><body><main><h1>" + (nl ? "Gezamenlijke programmering" : "Joint programme") + "</h1>");
		w.println("<table><thead><tr><th></th><th>" + (nl ? "Voorstel" : "Plan") + "</th><th>"
				+ (nl ? "Basis (voorkeursdata)" : "Baseline (preferred dates)") + "</th></tr></thead><tbody>");
		row(w, locale, nl ? "Besparing" : "Saving", s.totalSavingCents(), b.totalSavingCents());
		row(w, locale, nl ? "Verschuivingskosten" : "Shift penalty", s.shiftPenaltyCents(), b.shiftPenaltyCents());
		row(w, locale, nl ? "Doel (besparing − verschuiving)" : "Objective (saving − shift)", s.objectiveCents(), b.objectiveCents());
		w.println("<tr><th>" + (nl ? "Harde regels gebroken" : "Hard rules broken") + "</th><td>" + s.hardViolations()
				+ "</td><td>" + b.hardViolations() + "</td></tr></tbody></table>");
		w.println("<h2>" + (nl ? "Pakketten" : "Packages") + "</h2><table><thead><tr><th>"
				+ (nl ? "Opgaven" : "Tasks") + "</th><th>" + (nl ? "Liften mee" : "Ride along") + "</th><th>"
				+ (nl ? "Besparing" : "Saving") + "</th></tr></thead><tbody>");
		for (PlanPackage p : s.packages()) {
			w.println("<tr><td>" + esc(String.join(", ", p.tasks())) + "</td><td>" + esc(String.join(", ", p.riders()))
					+ "</td><td>" + Money.ofCents(p.savingCents()).format(locale) + "</td></tr>");
		}
		w.println("</tbody></table><h2>" + (nl ? "Planning" : "Schedule") + "</h2><table><thead><tr><th>Id</th><th>"
				+ (nl ? "Titel" : "Title") + "</th><th>Start</th><th>" + (nl ? "Einde" : "End") + "</th></tr></thead><tbody>");
		for (Task t : tasks) {
			LocalDate start = s.starts().get(t.id());
			w.println("<tr><td>" + esc(t.id()) + "</td><td>" + esc(t.title()) + "</td><td>" + start + "</td><td>"
					+ start.plusDays(t.durationDays() - 1L) + "</td></tr>");
		}
		w.println("</tbody></table></main></body></html>");
		w.flush();
	}

	private static void row(PrintWriter w, Locale locale, String label, long plan, long baseline) {
		w.println("<tr><th>" + label + "</th><td>" + Money.ofCents(plan).format(locale) + "</td><td>"
				+ Money.ofCents(baseline).format(locale) + "</td></tr>");
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
