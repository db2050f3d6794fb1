package org.convene.interact.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.charts.QrCodes;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.LivePush;
import org.convene.interact.Room;
import org.convene.interact.internal.Stages;
import org.convene.platform.web.PhoneAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The presenter's view for the projector: the join code, link and QR code, the live results, and the
 * controls (next, previous, show results, lock, reset, end), each with a keyboard shortcut.
 */
@Controller
class PresenterController {

	private final Live live;
	private final LiveControls controls;
	private final LivePush push;
	private final Stages stages;
	private final PhoneAddress phoneAddress;

	PresenterController(Live live, LiveControls controls, LivePush push, Stages stages,
			PhoneAddress phoneAddress) {
		this.live = live;
		this.controls = controls;
		this.push = push;
		this.stages = stages;
		this.phoneAddress = phoneAddress;
	}

	@GetMapping("/decks/{deckId}/present")
	String present(@PathVariable long deckId, Locale locale, HttpServletRequest request, Model model) {
		Room room = live.room(deckId);
		model.addAllAttributes(stages.presenterModel(room, locale));
		PhoneAddress.Choice phone = phoneAddress.choice(request);
		model.addAttribute("phone", phone);
		String base = phone.address();
		model.addAttribute("joinUrl", base + "/j");
		String joinLink = base + "/j/" + room.code();
		model.addAttribute("qr", QrCodes.svg(joinLink, joinLink));
		model.addAttribute("presenterKeys", true);
		model.addAttribute("projector", true);
		return "interact/present";
	}

	/** The projector's live socket: fresh results on opening and as answers come in. */
	@GetMapping("/decks/{deckId}/present/live")
	void live(@PathVariable long deckId, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		push.connectPresenter(live.room(deckId), locale, request, response);
	}

	/** A presenter's control; {@code back=deck} returns to the deck page (its Open / Close buttons), else the projector. */
	@PostMapping("/decks/{deckId}/control")
	String control(@PathVariable long deckId, @RequestParam LiveControls.Control action,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		Room room = live.room(deckId);
		if (action == LiveControls.Control.RESET && !confirmed) {
			redirect.addFlashAttribute("alert", "present.resetUnconfirmed");
		}
		else {
			controls.control(room, action);
		}
		return "redirect:/decks/" + deckId + ("deck".equals(back) ? "" : "/present");
	}
}
