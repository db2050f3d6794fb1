package org.convene.community;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.convene.community.internal.AccountRepository;
import org.convene.events.StakeholderType;
import org.convene.platform.AfterCommit;
import org.convene.platform.UserError;
import org.convene.platform.files.FileStore;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.Folding;
import org.convene.platform.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The members' directory: find people by name, organisation, country, kind of institution, expertise and
 * language, with counts per choice. Each member decides what others see of them (the name always; the rest as
 * they choose) and whether they are listed at all; a member who is not listed is found by administrators only.
 * Filters and counts work on what the reader may see, so a hidden field cannot be found out by filtering on it.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	/** The facets the directory counts. */
	public static final List<String> FACETS = List.of("country", "stakeholder", "organisation", "expertise",
			"language");

	/** The largest profile photo accepted. */
	public static final long PHOTO_MAX_BYTES = 2L * 1024 * 1024;

	private final AccountRepository accounts;
	private final FileStore files;

	Directory(AccountRepository accounts, FileStore files) {
		this.accounts = accounts;
		this.files = files;
	}

	/** One person as the reader may see them: what is hidden from the reader is null or empty. */
	public record Entry(long id, String name, String email, String organisation, String country,
			StakeholderType stakeholderType, String jobTitle, List<String> languages, List<String> expertise,
			String biography, boolean listed, boolean active, boolean photo) {
	}

	/** What the reader is looking for; null or blank means any. */
	public record Query(String text, String country, StakeholderType stakeholder, String organisation,
			String expertise, String language) {

		public static final Query ALL = new Query(null, null, null, null, null, null);
	}

	/** The people found, and per facet how many of them have each value. */
	public record Result(List<Entry> entries, Map<String, Map<String, Long>> facets) {
	}

	public Result search(Query query, String viewer) {
		Account reader = reader(viewer);
		List<Entry> visible = accounts.findAll().stream().map(a -> seen(a, reader)).flatMap(Optional::stream).toList();
		List<Entry> found = visible.stream().filter(e -> matches(e, query)).sorted(Comparator.comparing(Entry::name,
				String.CASE_INSENSITIVE_ORDER)).toList();
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put("country", count(found, e -> Stream.ofNullable(e.country())));
		facets.put("stakeholder", count(found, e -> Stream.ofNullable(e.stakeholderType()).map(Enum::name)));
		facets.put("organisation", count(found, e -> Stream.ofNullable(e.organisation())));
		facets.put("expertise", count(found, e -> e.expertise().stream()));
		facets.put("language", count(found, e -> e.languages().stream()));
		return new Result(found, facets);
	}

	/** One person's profile as the reader may see it; not found when they are not listed (except for admins). */
	public Entry profile(long id, String viewer) {
		Account reader = reader(viewer);
		return accounts.findById(id).flatMap(a -> seen(a, reader)).orElseThrow(NotFoundException::new);
	}

	/** The reader's own profile, everything in it. */
	public Entry own(String viewer) {
		Account self = reader(viewer);
		return seen(self, self).orElseThrow();
	}

	/** The reader's account (their choices of what to show, for the form). */
	public Account account(String viewer) {
		return reader(viewer);
	}

	/** Saves the reader's own profile and what of it others see. */
	@Transactional
	public void update(String viewer, MemberProfile profile) {
		if (profile.country() != null && !Languages.isCountry(profile.country())) {
			throw new UserError("join.error.country");
		}
		if (profile.biography() != null && profile.biography().length() > 2000) {
			throw new UserError("profile.error.biography");
		}
		if (profile.organisation() != null && profile.organisation().length() > 300
				|| profile.jobTitle() != null && profile.jobTitle().length() > 200) {
			throw new UserError("profile.error.length");
		}
		reader(viewer).setProfile(new MemberProfile(profile.organisation(), profile.country(), profile.stakeholderType(),
				profile.jobTitle(), profile.languages().stream().filter(Languages::isSupported).toList(),
				profile.expertise(), profile.biography(), profile.inDirectory(), profile.shown()));
	}

	/** Sets (or, with null, removes) the reader's photo: a PNG or JPEG of at most 2 MB, checked by its first bytes. */
	@Transactional
	public void setPhoto(String viewer, MultipartFile upload) {
		Account self = reader(viewer);
		String old = self.getPhotoKey();
		if (upload == null || upload.isEmpty()) {
			self.setPhotoKey(null);
		}
		else {
			if (upload.getSize() > PHOTO_MAX_BYTES) {
				throw new UserError("profile.error.photoSize");
			}
			String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename().toLowerCase();
			if (!name.endsWith(".png") && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
				throw new UserError("profile.error.photoType");
			}
			FileStore.StoredFile stored;
			try {
				stored = files.store(upload);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			AfterCommit.onRollback(() -> delete(stored.key()));
			self.setPhotoKey(stored.key());
		}
		if (old != null) {
			AfterCommit.run(() -> delete(old));
		}
	}

	/** A member's photo, when the reader may see it. */
	public Resource photo(long id, String viewer) {
		Entry entry = profile(id, viewer);
		if (!entry.photo()) {
			throw new NotFoundException();
		}
		return files.read(accounts.findById(id).orElseThrow(NotFoundException::new).getPhotoKey());
	}

	private void delete(String key) {
		try {
			files.delete(key);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Account reader(String viewer) {
		return accounts.findByEmail(Account.normaliseEmail(viewer))
			.orElseThrow(() -> new UserError("account.error.unknown"));
	}

	/** The account as {@code reader} may see it, or nothing when it is not listed for them. */
	static Optional<Entry> seen(Account a, Account reader) {
		boolean admin = reader.getRole() == Role.ADMIN && reader.isActive();
		boolean self = a.getId().equals(reader.getId());
		if (!admin && !self && (!a.isActive() || !a.isInDirectory())) {
			return Optional.empty();
		}
		Set<ProfileField> shown = admin || self ? Set.of(ProfileField.values()) : a.getShownFields();
		return Optional.of(new Entry(a.getId(), a.getDisplayName(), shown.contains(ProfileField.EMAIL) ? a.getEmail() : null,
				shown.contains(ProfileField.ORGANISATION) ? a.getOrganisation() : null,
				shown.contains(ProfileField.COUNTRY) ? a.getCountry() : null,
				shown.contains(ProfileField.STAKEHOLDER) ? a.getStakeholderType() : null,
				shown.contains(ProfileField.JOB_TITLE) ? a.getJobTitle() : null,
				shown.contains(ProfileField.LANGUAGES) ? a.getLanguages() : List.of(),
				shown.contains(ProfileField.EXPERTISE) ? a.getExpertise() : List.of(),
				shown.contains(ProfileField.BIOGRAPHY) ? a.getBiography() : null, a.isInDirectory(), a.isActive(),
				shown.contains(ProfileField.PHOTO) && a.getPhotoKey() != null));
	}

	private static boolean matches(Entry e, Query q) {
		if (q.text() != null && !q.text().isBlank()) {
			String haystack = Folding.fold(String.join(" ", Stream.of(e.name(), e.organisation(), e.jobTitle(),
					e.biography(), String.join(" ", e.expertise())).filter(s -> s != null).toList()));
			for (String word : Folding.fold(q.text()).split("\\s+")) {
				if (!word.isEmpty() && !haystack.contains(word)) {
					return false;
				}
			}
		}
		return (blank(q.country()) || q.country().equals(e.country()))
				&& (q.stakeholder() == null || q.stakeholder() == e.stakeholderType())
				&& (blank(q.organisation()) || q.organisation().equalsIgnoreCase(e.organisation()))
				&& (blank(q.expertise()) || e.expertise().contains(q.expertise()))
				&& (blank(q.language()) || e.languages().contains(q.language()));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static Map<String, Long> count(List<Entry> entries, Function<Entry, Stream<String>> values) {
		return entries.stream().flatMap(values).collect(Collectors.groupingBy(v -> v, TreeMap::new,
				Collectors.counting()));
	}
}
