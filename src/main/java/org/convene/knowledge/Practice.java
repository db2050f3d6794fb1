package org.convene.knowledge;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.convene.events.Objective;
import org.convene.events.Visibility;
import org.convene.knowledge.internal.PracticeBinder;
import org.convene.platform.text.CleanText;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/** A good practice as recorded: what the author wrote ({@link PracticeDetails}), its review and where it came from. */
@Entity
@Table(name = "practices")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = PracticeBinder.class))
public class Practice {

	/** What a practice was drawn from: a workshop session, a café insight, an action item. */
	public enum OriginKind {
		SESSION, CAFE_NOTE, ACTION_ITEM, DISCUSSION
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false, length = 20000)
	private String summary;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private String countries;

	private String period;

	private String objectives;

	@Enumerated(EnumType.STRING)
	@Column(name = "crime_type", nullable = false)
	private CrimeType crimeType;

	@Column(name = "target_group")
	private String targetGroup;

	private String organisation;

	private String partners;

	private String contact;

	@Column(length = 20000)
	private String activities;

	@Column(length = 20000)
	private String results;

	@Column(length = 20000)
	private String challenges;

	@Column(length = 20000)
	private String lessons;

	private String takeaway;

	@Enumerated(EnumType.STRING)
	@Column(name = "evidence_level", nullable = false)
	private EvidenceLevel evidenceLevel;

	@Column(name = "evidence_link")
	private String evidenceLink;

	@Column(length = 20000)
	private String transferability;

	private String links;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin_kind")
	private OriginKind originKind;

	@Column(name = "origin_id")
	private Long originId;

	@Column(name = "origin_label")
	private String originLabel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PracticeStatus status;

	@Column(name = "review_comment")
	private String reviewComment;

	@Column(nullable = false)
	private boolean flagged;

	@Column(nullable = false)
	private String author;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "translation_of")
	private Long translationOf;

	protected Practice() {
	}

	Practice(String author, PracticeDetails details, boolean flagged, Instant now) {
		this.author = author;
		this.status = PracticeStatus.DRAFT;
		this.createdAt = now;
		apply(details, flagged, now);
	}

	final void apply(PracticeDetails d, boolean flaggedText, Instant now) {
		this.title = d.title().strip();
		this.summary = d.summary().strip();
		this.language = d.language();
		this.countries = String.join(",", d.countries());
		this.period = CleanText.stripToNull(d.period());
		this.objectives = d.objectives() == null || d.objectives().isEmpty() ? null
				: String.join(",", d.objectives().stream().map(Enum::name).toList());
		this.crimeType = d.crimeType();
		this.targetGroup = CleanText.stripToNull(d.targetGroup());
		this.organisation = CleanText.stripToNull(d.organisation());
		this.partners = CleanText.stripToNull(d.partners());
		this.contact = CleanText.stripToNull(d.contact());
		this.activities = CleanText.stripToNull(d.activities());
		this.results = CleanText.stripToNull(d.results());
		this.challenges = CleanText.stripToNull(d.challenges());
		this.lessons = CleanText.stripToNull(d.lessons());
		this.takeaway = CleanText.stripToNull(d.takeaway());
		this.evidenceLevel = d.evidenceLevel();
		this.evidenceLink = CleanText.stripToNull(d.evidenceLink());
		this.transferability = CleanText.stripToNull(d.transferability());
		this.links = CleanText.stripToNull(d.links());
		this.visibility = d.visibility();
		this.flagged = flaggedText;
		this.updatedAt = now;
	}

	void originate(OriginKind kind, long id, String label) {
		this.originKind = kind;
		this.originId = id;
		this.originLabel = label;
	}

	void translate(long original) {
		this.translationOf = original;
	}

	/** The original this is a translation of, or null for an original. */
	public Long getTranslationOf() {
		return translationOf;
	}

	/** The id the original and all its translations share: the original's. */
	public long family() {
		return translationOf != null ? translationOf : id;
	}

	void moveTo(PracticeStatus next, String comment, Instant now) {
		this.status = next;
		this.reviewComment = comment;
		this.updatedAt = now;
		if (next == PracticeStatus.PUBLISHED && publishedAt == null) {
			this.publishedAt = now;
		}
	}


	/** What the author wrote, as the form shows it again. */
	public PracticeDetails details() {
		return new PracticeDetails(title, summary, language, countryList(), period, objectiveList(), crimeType,
				targetGroup, organisation, partners, contact, activities, results, challenges, lessons, takeaway,
				evidenceLevel, evidenceLink, transferability, links, visibility);
	}

	public List<String> countryList() {
		return countries == null || countries.isBlank() ? List.of() : List.of(countries.split(","));
	}

	public List<Objective> objectiveList() {
		return objectives == null || objectives.isBlank() ? List.of()
				: Arrays.stream(objectives.split(",")).map(Objective::valueOf).toList();
	}

	/** The links, one per line, that are web addresses. */
	public List<String> linkList() {
		return links == null ? List.of()
				: links.lines().map(String::strip).filter(l -> l.startsWith("https://") || l.startsWith("http://"))
					.toList();
	}

	/** Whether guests may see it: published and public. */
	public boolean isPublicNow() {
		return status == PracticeStatus.PUBLISHED && visibility == Visibility.PUBLIC;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getLanguage() {
		return language;
	}

	public String getPeriod() {
		return period;
	}

	public CrimeType getCrimeType() {
		return crimeType;
	}

	public String getTargetGroup() {
		return targetGroup;
	}

	public String getOrganisation() {
		return organisation;
	}

	public String getPartners() {
		return partners;
	}

	public String getContact() {
		return contact;
	}

	public String getActivities() {
		return activities;
	}

	public String getResults() {
		return results;
	}

	public String getChallenges() {
		return challenges;
	}

	public String getLessons() {
		return lessons;
	}

	public String getTakeaway() {
		return takeaway;
	}

	public EvidenceLevel getEvidenceLevel() {
		return evidenceLevel;
	}

	public String getEvidenceLink() {
		return evidenceLink;
	}

	public String getTransferability() {
		return transferability;
	}

	public OriginKind getOriginKind() {
		return originKind;
	}

	public Long getOriginId() {
		return originId;
	}

	public String getOriginLabel() {
		return originLabel;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public PracticeStatus getStatus() {
		return status;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public boolean isFlagged() {
		return flagged;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}
}
