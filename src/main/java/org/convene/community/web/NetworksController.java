package org.convene.community.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.convene.community.ContactPoints;
import org.convene.community.Networks;
import org.convene.community.Theme;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.platform.i18n.Languages;
import org.convene.platform.web.NotFoundException;
import org.convene.platform.web.SubmitOnce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Countries with their contact points ({@code /countries}, {@code /countries/{countryCode}}) and networks
 * ({@code /networks}, {@code /networks/{id}}): members read them; coordinators designate contact points for their
 * countries and run networks.
 */
@Controller
class NetworksController {

	private final ContactPoints contacts;
	private final Networks networks;
	private final Events events;
	private final SubmitOnce submitOnce;

	NetworksController(ContactPoints contacts, Networks networks, Events events, SubmitOnce submitOnce) {
		this.contacts = contacts;
		this.networks = networks;
		this.events = events;
		this.submitOnce = submitOnce;
	}

	@GetMapping("/countries")
	String countries(Locale locale, Model model) {
		Map<String, Long> counts = contacts.counts();
		Set<String> codes = new TreeSet<>(counts.keySet());
		networks.all().forEach(n -> codes.addAll(n.countries()));
		Map<String, String> names = Languages.countryNames(locale);
		model.addAttribute("rows", codes.stream().sorted((a, b) -> names.get(a).compareTo(names.get(b)))
			.map(c -> new CountryRow(c, names.get(c), counts.getOrDefault(c, 0L), contacts.gaps(c).keySet()))
			.toList());
		return "community/countries";
	}

	/** One line of the countries' list. */
	record CountryRow(String code, String name, long contactPoints, Set<Theme> gaps) {
	}

	@GetMapping("/countries/{countryCode}")
	String country(@PathVariable("countryCode") String code, Principal principal, Locale locale, Model model) {
		if (!Languages.isCountry(code)) {
			throw new NotFoundException();
		}
		model.addAttribute("code", code);
		model.addAttribute("name", Languages.countryName(code, locale));
		model.addAttribute("contacts", contacts.of(code));
		model.addAttribute("gaps", contacts.gaps(code));
		model.addAttribute("enough", ContactPoints.ENOUGH);
		model.addAttribute("networks", networks.ofCountry(code));
		model.addAttribute("designates", contacts.designates(code, principal.getName()));
		model.addAttribute("themes", Theme.values());
		return "community/country";
	}

	@PostMapping("/countries/{countryCode}/contacts")
	String designate(@PathVariable("countryCode") String code, @RequestParam(required = false) String email,
			@RequestParam(required = false) Theme theme, Principal principal, RedirectAttributes redirect) {
		contacts.designate(code, email, theme, principal.getName());
		redirect.addFlashAttribute("notice", "contacts.designated");
		return "redirect:/countries/" + code;
	}

	@PostMapping("/countries/{countryCode}/contacts/{contactId}/delete")
	String remove(@PathVariable("countryCode") String code, @PathVariable long contactId, Principal principal,
			RedirectAttributes redirect) {
		contacts.remove(code, contactId, principal.getName());
		redirect.addFlashAttribute("notice", "contacts.removed");
		return "redirect:/countries/" + code;
	}

	@GetMapping("/networks")
	String list(Locale locale, Model model) {
		model.addAttribute("networks", networks.all());
		model.addAttribute("countries", Languages.countries(locale));
		model.addAttribute("countryNames", Languages.countryNames(locale));
		model.addAttribute("themes", Theme.values());
		return "community/networks";
	}

	@PostMapping("/networks")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam(required = false) Theme theme, @RequestParam(required = false) List<String> countries,
			@RequestParam(required = false) String formToken, Principal principal) {
		return submitOnce.run(formToken, () -> "redirect:/networks/"
				+ networks.create(name, description, theme, countries, principal.getName()));
	}

	@GetMapping("/networks/{networkId}")
	String show(@PathVariable long networkId, Principal principal, Locale locale, Model model) {
		Networks.Network network = networks.get(networkId);
		model.addAttribute("network", network);
		model.addAttribute("countryNames", Languages.countryNames(locale));
		model.addAttribute("contacts", contacts.of(network.countries()).stream()
			.filter(c -> c.theme().covers(network.theme()) || network.theme() == Theme.BOTH)
			.collect(Collectors.groupingBy(ContactPoints.ContactPoint::country)));
		model.addAttribute("members", network.memberNetworks().stream().map(networks::get).toList());
		model.addAttribute("partOf", networks.partOf(networkId).stream().map(networks::get).toList());
		model.addAttribute("others", networks.all().stream().filter(n -> n.id() != networkId).toList());
		model.addAttribute("meetings", network.eventIds().stream().map(this::event).filter(e -> e != null).toList());
		model.addAttribute("events", events.listVisible(true));
		model.addAttribute("countries", Languages.countries(locale));
		model.addAttribute("themes", Theme.values());
		return "community/network";
	}

	@PostMapping("/networks/{networkId}")
	String update(@PathVariable long networkId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, @RequestParam(required = false) Theme theme,
			@RequestParam(required = false) List<String> countries, RedirectAttributes redirect) {
		networks.update(networkId, name, description, theme, countries);
		redirect.addFlashAttribute("notice", "networks.saved");
		return "redirect:/networks/" + networkId;
	}

	@PostMapping("/networks/{networkId}/networks")
	String addNetwork(@PathVariable long networkId, @RequestParam long member, RedirectAttributes redirect) {
		networks.addNetwork(networkId, member);
		redirect.addFlashAttribute("notice", "networks.saved");
		return "redirect:/networks/" + networkId;
	}

	@PostMapping("/networks/{networkId}/networks/{memberId}/delete")
	String removeNetwork(@PathVariable long networkId, @PathVariable long memberId, RedirectAttributes redirect) {
		networks.removeNetwork(networkId, memberId);
		redirect.addFlashAttribute("notice", "networks.saved");
		return "redirect:/networks/" + networkId;
	}

	@PostMapping("/networks/{networkId}/meetings")
	String addMeeting(@PathVariable long networkId, @RequestParam long eventId, RedirectAttributes redirect) {
		events.get(eventId);
		networks.addMeeting(networkId, eventId);
		redirect.addFlashAttribute("notice", "networks.saved");
		return "redirect:/networks/" + networkId;
	}

	@PostMapping("/networks/{networkId}/meetings/{eventId}/delete")
	String removeMeeting(@PathVariable long networkId, @PathVariable long eventId, RedirectAttributes redirect) {
		networks.removeMeeting(networkId, eventId);
		redirect.addFlashAttribute("notice", "networks.saved");
		return "redirect:/networks/" + networkId;
	}

	private Event event(long id) {
		try {
			return events.get(id);
		}
		catch (NotFoundException e) {
			return null; // a meeting whose event was deleted
		}
	}

}
