package org.convene.community.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.community.Directory;
import org.convene.community.MemberProfile;
import org.convene.community.ProfileField;
import org.convene.events.StakeholderType;
import org.convene.platform.i18n.Languages;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The members' directory ({@code /members}), a member's page, and one's own profile ({@code /account/profile}). */
@Controller
class MembersController {

	private final Directory directory;

	MembersController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/members")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) StakeholderType stakeholder,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String expertise,
			@RequestParam(required = false) String language, Principal principal, Locale locale, Model model) {
		Directory.Query query = new Directory.Query(q, country, stakeholder, organisation, expertise, language);
		model.addAttribute("query", query);
		model.addAttribute("result", directory.search(query, principal.getName()));
		model.addAttribute("countryNames", Languages.countryNames(locale));
		model.addAttribute("languageNames", languageNames());
		return "community/members";
	}

	@GetMapping("/members/{memberId:\\d+}")
	String show(@PathVariable long memberId, Principal principal, Locale locale, Model model) {
		model.addAttribute("member", directory.profile(memberId, principal.getName()));
		model.addAttribute("countryNames", Languages.countryNames(locale));
		return "community/member";
	}

	/** A member's photo, for those the member lets see it. */
	@GetMapping("/members/{memberId:\\d+}/photo")
	ResponseEntity<Resource> photo(@PathVariable long memberId, Principal principal) {
		Resource file = directory.photo(memberId, principal.getName());
		return ResponseEntity.ok()
			.contentType(MediaTypeFactory.getMediaType(file).orElse(MediaType.IMAGE_JPEG))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(file);
	}

	@PostMapping("/account/profile/photo")
	String photo(@RequestParam(required = false) MultipartFile photo,
			@RequestParam(defaultValue = "false") boolean remove, Principal principal, RedirectAttributes redirect) {
		directory.setPhoto(principal.getName(), remove ? null : photo);
		redirect.addFlashAttribute("notice", "profile.saved");
		return "redirect:/account/profile";
	}

	@GetMapping("/account/profile")
	String profileForm(Principal principal, Locale locale, Model model) {
		model.addAttribute("me", directory.own(principal.getName()));
		model.addAttribute("account", directory.account(principal.getName()));
		model.addAttribute("countries", Languages.countries(locale));
		model.addAttribute("stakeholders", StakeholderType.values());
		model.addAttribute("workLanguages", Languages.SUPPORTED);
		model.addAttribute("fields", ProfileField.values());
		model.addAttribute("languageNames", languageNames());
		return "community/profile";
	}

	@PostMapping("/account/profile")
	String saveProfile(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String country, @RequestParam(required = false) StakeholderType stakeholder,
			@RequestParam(required = false) String jobTitle, @RequestParam(required = false) List<String> languages,
			@RequestParam(required = false) String expertise, @RequestParam(required = false) String biography,
			@RequestParam(defaultValue = "false") boolean inDirectory,
			@RequestParam(required = false) List<ProfileField> shown, Principal principal,
			RedirectAttributes redirect) {
		Set<ProfileField> fields = shown == null || shown.isEmpty() ? Set.of() : EnumSet.copyOf(shown);
		directory.update(principal.getName(), new MemberProfile(organisation, country, stakeholder, jobTitle, languages,
				MemberProfile.tags(expertise), biography, inDirectory, fields));
		redirect.addFlashAttribute("notice", "profile.saved");
		return "redirect:/account/profile";
	}

	private static Map<String, String> languageNames() {
		return Languages.SUPPORTED.stream().collect(Collectors.toMap(Locale::getLanguage, Languages::nativeName));
	}

}
