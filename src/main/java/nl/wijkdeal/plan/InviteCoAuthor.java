package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Language;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writing a plan together: the author (or a co-author) makes an invitation link and shares it; the
 * person who opens it gives a name and an e-mail address, confirms the address by the link in the
 * mail, and becomes a co-author with an edit link of their own. An invitation works once, until
 * the review starts.
 */
@Singleton
class InviteCoAuthor {

    /** What an invitation link leads to, if it still works. */
    record Invitation(Plan plan, Round round) {
    }

    private final EmailLinks links;
    private final PlanStore store;
    private final PublicRounds rounds;
    private final PlanMails mails;
    private final SpamLimits limits;
    private final Clock clock;

    InviteCoAuthor(EmailLinks links, PlanStore store, PublicRounds rounds, PlanMails mails, SpamLimits limits, Clock clock) {
        this.links = links;
        this.store = store;
        this.rounds = rounds;
        this.mails = mails;
        this.limits = limits;
        this.clock = clock;
    }

    /** @param inviter who made it (from the edit link); @return the token of the invitation link */
    @Transactional
    String invite(Plan plan, Round round, String editToken) {
        long inviter = links.find(editToken).map(EmailLinks.Link::participantId).orElse(plan.authorId());
        return links.create(EmailLinks.Purpose.INVITE_COAUTHOR, plan.id(), inviter,
                SubmitPlan.editableUntil(round, clock.getZone()));
    }

    Optional<Invitation> open(String token) {
        Instant now = clock.instant();
        return links.find(token)
                .filter(link -> link.purpose() == EmailLinks.Purpose.INVITE_COAUTHOR && link.usedAt() == null
                        && link.expiresAt().isAfter(now))
                .flatMap(link -> store.find(link.planId())).filter(Plan::isPublic)
                .flatMap(plan -> rounds.find(plan.roundId()).filter(round -> EditPlan.OPEN.contains(round.phase()))
                        .map(round -> new Invitation(plan, round)));
    }

    /** @return field -> message key; empty when the confirmation mail is on its way */
    @Transactional
    Map<String, String> accept(String token, FormData form, Language language, String clientAddress) {
        Optional<Invitation> invitation = open(token);
        if (invitation.isEmpty()) {
            return Map.of("form", "coauthor.error.closed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> shownName = PlanFormRules.shownName(form, errors);
        String email = PlanFormRules.email(form.text("email"), "email", errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = clock.instant();
        if (!limits.allowSubmission(email, clientAddress, now)) {
            return Map.of("form", "plan.error.tooMany");
        }
        if (!links.use(token, now)) {
            return Map.of("form", "coauthor.error.closed");
        }
        Plan plan = invitation.get().plan();
        long participant = store.participant(email, language.code(), now);
        String confirm = links.createForCoAuthor(plan.id(), participant, shownName.orElse(null),
                now.plus(SubmitPlan.CONFIRM_DAYS, ChronoUnit.DAYS));
        mails.confirmCoAuthor(email, language, invitation.get().round(), plan.id(), plan.text().title(), confirm);
        return Map.of();
    }
}
