package org.convene.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator chooses the address phones use (one click on the projector); it is kept across restarts. */
@Controller
class PhoneAddressController {

	private final PhoneAddress phoneAddress;

	PhoneAddressController(PhoneAddress phoneAddress) {
		this.phoneAddress = phoneAddress;
	}

	@PostMapping("/phone-address")
	String choose(@RequestParam(required = false) String address, @RequestParam(required = false) String other,
			@RequestParam(defaultValue = "/") String back, RedirectAttributes redirect) {
		phoneAddress.choose(other != null && !other.isBlank() ? other : address);
		redirect.addFlashAttribute("notice", "phoneAddress.saved");
		return "redirect:" + LocalPath.orHome(back);
	}
}
