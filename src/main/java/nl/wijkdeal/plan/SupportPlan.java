package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.Language;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Steunen": a resident supports a plan with an e-mail address. It counts once that address is
 * confirmed by the link in the mail, and once per address per plan.
 */
@Singleton
class SupportPlan {

    /** Supports count while residents can still improve plans; the review uses the count. */
    static final Set<Phase> OPEN = EnumSet.of(Phase.IDEAS, Phase.CO_CREATION);

    /** Empty: a mail is on its way. Otherwise field -> message key. */
    record Result(Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final PublicRounds rounds;
    private final PlanStore store;
    private final EmailLinks links;
    private final PlanMails mails;
    private final SpamLimits limits;
    private final Clock clock;

    SupportPlan(PublicRounds rounds, PlanStore store, EmailLinks links, PlanMails mails, SpamLimits limits, Clock clock) {
        this.rounds = rounds;
        this.store = store;
        this.links = links;
        this.mails = mails;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    Result support(Plan plan, String typedEmail, Language language, String clientAddress) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Round> round = rounds.find(plan.roundId());
        if (round.isEmpty() || !OPEN.contains(round.get().phase()) || !plan.isPublic()) {
            return new Result(Map.of("support", "plan.error.support.closed"));
        }
        String email = PlanFormRules.email(typedEmail, "support", errors);
        if (!errors.isEmpty()) {
            return new Result(errors);
        }
        Instant now = clock.instant();
        if (!limits.allowSupport(email, clientAddress, now)) {
            return new Result(Map.of("support", "plan.error.tooMany"));
        }
        long participant = store.participant(email, language.code(), now);
        if (!store.addSupport(plan.id(), participant, now)) {
            return new Result(Map.of("support", "plan.error.support.twice"));
        }
        String token = links.create(EmailLinks.Purpose.CONFIRM_SUPPORT, plan.id(), participant,
                now.plus(SubmitPlan.CONFIRM_DAYS, ChronoUnit.DAYS));
        mails.confirmSupport(email, language, round.get(), plan.id(), plan.text().title(), token);
        return new Result(Map.of());
    }
}
