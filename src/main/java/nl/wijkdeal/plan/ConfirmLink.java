package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

import nl.wijkdeal.web.Language;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The button behind a link in a mail: confirms a plan or a comment (it goes live) or a support (it counts). Each
 * link works once; the support that reaches the round's threshold marks "genoeg steun", once, even
 * when supporters confirm at the same moment (the counter is raised under the plan's row lock).
 */
@Singleton
class ConfirmLink {

    enum Outcome {
        PLAN_CONFIRMED, SUPPORT_CONFIRMED, COMMENT_CONFIRMED, COAUTHOR_CONFIRMED, ALREADY_USED, EXPIRED, UNKNOWN;

        /** A link that works: the button confirms something. */
        boolean confirms() {
            return this != ALREADY_USED && this != EXPIRED && this != UNKNOWN;
        }
    }

    /** @param planId the plan the link was about; 0 for an unknown link */
    record Result(Outcome outcome, long planId) {
    }

    private final EmailLinks links;
    private final PlanStore store;
    private final PublicRounds rounds;
    private final Milestones milestones;
    private final CommentStore comments;
    private final PlanMails mails;
    private final Clock clock;

    ConfirmLink(EmailLinks links, PlanStore store, PublicRounds rounds, Milestones milestones, CommentStore comments,
                PlanMails mails, Clock clock) {
        this.links = links;
        this.store = store;
        this.rounds = rounds;
        this.milestones = milestones;
        this.comments = comments;
        this.mails = mails;
        this.clock = clock;
    }

    /** What the link is, before the resident presses the button (nothing changes). */
    Result look(String token) {
        return judge(confirmation(token));
    }

    @Transactional
    Result confirm(String token) {
        Optional<EmailLinks.Link> found = confirmation(token);
        Result seen = judge(found);
        if (!seen.outcome().confirms()) {
            return seen;
        }
        EmailLinks.Link link = found.get();
        Instant now = clock.instant();
        if (!links.use(token, now)) {
            // Another click won the race a moment ago.
            return new Result(Outcome.ALREADY_USED, link.planId());
        }
        store.participantConfirmed(link.participantId(), now);
        if (link.purpose() == EmailLinks.Purpose.CONFIRM_PLAN) {
            if (store.publish(link.planId(), now)) {
                store.addEvent(link.planId(), PlanEvent.Kind.CONFIRMED, null, now);
            }
            return new Result(Outcome.PLAN_CONFIRMED, link.planId());
        }
        if (link.purpose() == EmailLinks.Purpose.CONFIRM_COAUTHOR) {
            confirmCoAuthor(link, now);
            return new Result(Outcome.COAUTHOR_CONFIRMED, link.planId());
        }
        if (link.purpose() == EmailLinks.Purpose.CONFIRM_COMMENT) {
            // Written while the round took comments: it goes live even if the phase ended since.
            comments.publish(link.commentId(), now);
            return new Result(Outcome.COMMENT_CONFIRMED, link.planId());
        }
        store.confirmSupport(link.planId(), link.participantId(), now).ifPresent(supports -> {
            Plan plan = store.find(link.planId()).orElseThrow();
            rounds.find(plan.roundId()).filter(round -> supports == round.text().supportThreshold())
                    .ifPresent(round -> milestones.reach(plan, round, PlanEvent.Kind.ENOUGH_SUPPORT, null, now));
        });
        return new Result(Outcome.SUPPORT_CONFIRMED, link.planId());
    }

    /** Edit links and invitations have their own pages; this button is for confirmations only. */
    private Optional<EmailLinks.Link> confirmation(String token) {
        return links.find(token).filter(l -> l.purpose() != EmailLinks.Purpose.EDIT_PLAN
                && l.purpose() != EmailLinks.Purpose.INVITE_COAUTHOR);
    }

    private Result judge(Optional<EmailLinks.Link> link) {
        if (link.isEmpty()) {
            return new Result(Outcome.UNKNOWN, 0);
        }
        if (link.get().usedAt() != null) {
            return new Result(Outcome.ALREADY_USED, link.get().planId());
        }
        if (!link.get().expiresAt().isAfter(clock.instant())) {
            return new Result(Outcome.EXPIRED, link.get().planId());
        }
        Outcome outcome = switch (link.get().purpose()) {
            case CONFIRM_PLAN -> Outcome.PLAN_CONFIRMED;
            case CONFIRM_COMMENT -> Outcome.COMMENT_CONFIRMED;
            case CONFIRM_COAUTHOR -> Outcome.COAUTHOR_CONFIRMED;
            default -> Outcome.SUPPORT_CONFIRMED;
        };
        return new Result(outcome, link.get().planId());
    }

    /** A co-author from now on, with an edit link of their own (by mail: it is as personal as the author's). */
    private void confirmCoAuthor(EmailLinks.Link link, Instant now) {
        Plan plan = store.find(link.planId()).orElseThrow();
        if (!store.addCoAuthor(plan.id(), link.participantId(), link.shownName(), now)) {
            return;
        }
        Round round = rounds.find(plan.roundId()).orElseThrow();
        String edit = links.create(EmailLinks.Purpose.EDIT_PLAN, plan.id(), link.participantId(),
                SubmitPlan.editableUntil(round, clock.getZone()));
        String email = store.email(link.participantId()).orElseThrow();
        Language language = store.language(link.participantId()).flatMap(Language::fromCode).orElse(Language.NL);
        mails.welcomeCoAuthor(email, language, round, plan, edit);
    }
}
