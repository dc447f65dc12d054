package org.rogatory.model.internal.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/** Checks on the pack manifest and its States that the multiplicities of the format cannot express. */
public final class PackChecks {

    private static final Map<EReference, String> DESIGNATIONS = Map.of(
            ScenarioPackage.Literals.STATE__CENTRAL_AUTHORITY, Messages.Designation_central,
            ScenarioPackage.Literals.STATE__EXTRADITION_AUTHORITY, Messages.Designation_extradition,
            ScenarioPackage.Literals.STATE__POINT_OF_CONTACT, Messages.Designation_pointOfContact);

    private PackChecks() {
    }

    /**
     * Checks that the source language is among the pack's languages, since the catalogue offers only listed ones.
     *
     * @param pack the pack
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean sourceLanguageListed(Pack pack, ConstraintReport report) {
        String source = pack.getSourceLanguage();
        if (source != null && !pack.getLanguages().contains(source)) {
            report.error(NLS.bind(Messages.SourceLanguage_notListed, Labels.of(pack), source),
                    NLS.bind(Messages.SourceLanguage_notListedHint, source), pack,
                    ScenarioPackage.Literals.PACK__LANGUAGES);
        }
        return report.satisfied();
    }

    /**
     * Checks that a State designates only its own authorities (a central authority belongs to the State it acts for).
     *
     * @param state the State
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean designatedAuthoritiesOwned(State state, ConstraintReport report) {
        DESIGNATIONS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(designation -> {
            Authority authority = (Authority) state.eGet(designation.getKey(), false);
            if (authority != null && !authority.eIsProxy() && !state.getAuthorities().contains(authority)) {
                String owner = authority.eContainer() == null ? Messages.Designation_noState
                        : Labels.of(authority.eContainer());
                report.error(NLS.bind(Messages.Designation_notOwned,
                        new Object[] { Labels.of(state), designation.getValue(), Labels.of(authority), owner }),
                        NLS.bind(Messages.Designation_notOwnedHint, Labels.of(state)), state, designation.getKey());
            }
        });
        return report.satisfied();
    }
}
