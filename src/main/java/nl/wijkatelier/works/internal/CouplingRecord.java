package nl.wijkatelier.works.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.CouplingRule.Severity;

/** A stored pair ({@code PAIR}) or near miss ({@code NEAR_MISS}) of two tasks of one neighbourhood, {@code a < b}. */
@Entity
@Table(name = "works_coupling")
public class CouplingRecord {

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Column(name = "task_a")
	private String taskA;
	@Column(name = "task_b")
	private String taskB;
	private String kind;
	private String severity;
	@Column(name = "distance_metres")
	private double distanceMetres;
	@Column(name = "overlap_days")
	private int overlapDays;
	@Column(name = "gap_days")
	private int gapDays;
	@Column(name = "saving_cents")
	private long savingCents;

	protected CouplingRecord() {
	}

	public static CouplingRecord of(UUID neighbourhood, Pair p) {
		CouplingRecord r = new CouplingRecord(neighbourhood, p.a(), p.b(), "PAIR", p.distanceMetres());
		r.severity = p.severity().name();
		r.overlapDays = p.overlapDays();
		r.savingCents = p.potentialSavingCents();
		return r;
	}

	public static CouplingRecord of(UUID neighbourhood, NearMiss m) {
		CouplingRecord r = new CouplingRecord(neighbourhood, m.a(), m.b(), "NEAR_MISS", m.distanceMetres());
		r.gapDays = m.gapDays();
		return r;
	}

	private CouplingRecord(UUID neighbourhood, String a, String b, String kind, double distance) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhood;
		this.taskA = a;
		this.taskB = b;
		this.kind = kind;
		this.distanceMetres = distance;
	}

	public boolean isPair() {
		return "PAIR".equals(kind);
	}

	public Pair toPair() {
		return new Pair(taskA, taskB, Severity.valueOf(severity), distanceMetres, overlapDays, savingCents);
	}

	public NearMiss toNearMiss() {
		return new NearMiss(taskA, taskB, distanceMetres, gapDays);
	}
}
