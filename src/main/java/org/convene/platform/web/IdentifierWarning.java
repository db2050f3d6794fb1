package org.convene.platform.web;

import java.util.List;

import org.convene.platform.text.PersonalIdentifiers;
import org.springframework.ui.Model;

/**
 * The form-side of {@link PersonalIdentifiers}: free text that looks like it holds a phone number, an
 * e-mail address or an identity number is not saved until the author confirms it is not personal
 * data of someone else. Forms include the fragment {@code platform/identifiers :: warning}.
 */
public final class IdentifierWarning {

	private IdentifierWarning() {
	}

	/**
	 * True when the form must be shown again with the warning (the findings are added to the model);
	 * false when there is nothing to warn about or the author has confirmed.
	 */
	public static boolean stop(Model model, boolean confirmed, String... texts) {
		List<PersonalIdentifiers.Finding> findings = PersonalIdentifiers.find(texts);
		if (findings.isEmpty() || confirmed) {
			return false;
		}
		model.addAttribute("identifiers", findings);
		return true;
	}
}
