package nl.wijkdeal.ballot;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.register.VoterPasses;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.round.VotingGate;

import java.util.List;
import java.util.Optional;

/**
 * Stores a ballot: in one short transaction the resident's vote is used (the register entry turns
 * VOTED) and the ballot inserted with a random id and the hash of its receipt, and turnout counted.
 * The resident hears "gelukt" only after the commit. The ballot row gets nothing of the pass: not
 * the entry, not the code, not the time.
 */
@Singleton
class CastBallot {

    sealed interface Outcome permits Cast, Refused, NoVote, Closed {
    }

    /**
     * Stored now, or already stored under this receipt by an earlier submit of the same form (then
     * the channel is not known any more: null).
     */
    record Cast(ReceiptCode receipt, VoterPass.Channel channel) implements Outcome {
    }

    /** The choices break the ballot's rules; nothing stored. */
    record Refused(List<BallotProblem> problems) implements Outcome {
    }

    /** No pass (expired, stopped) or the vote was used by another tab, device or the counter. */
    record NoVote() implements Outcome {
    }

    /** Voting closed before this ballot could be stored; the vote was not used. */
    record Closed() implements Outcome {
    }

    private final VoterPasses passes;
    private final BallotPapers papers;
    private final BallotStore store;
    private final VotingGate gate;

    CastBallot(VoterPasses passes, BallotPapers papers, BallotStore store, VotingGate gate) {
        this.passes = passes;
        this.papers = papers;
        this.store = store;
        this.gate = gate;
    }

    @Transactional
    Outcome cast(Round round, String passToken, List<Choice> choices, ReceiptCode receipt) {
        if (store.hasReceipt(receipt.hash())) {
            return new Cast(receipt, null);
        }
        Optional<VoterPass> pass = passes.find(passToken).filter(p -> p.roundId() == round.id());
        // The phase is read under the gate's lock, not from the round the page loaded: a ballot
        // either commits before the vote closes (and is counted) or finds it closed.
        if (pass.isEmpty()) {
            return new NoVote();
        }
        if (!gate.holdOpen(round.id())) {
            return new Closed();
        }
        List<BallotProblem> problems = BallotRules.check(papers.of(round, pass.get().wijk()).paper(), choices);
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        // The one atomic step: of concurrent submits for this resident, one gets the vote; the others
        // wait for its commit and then find either their own receipt stored (the same form sent twice)
        // or none (another tab): "met deze code is al gestemd".
        Optional<VoterPass> redeemed = passes.redeem(passToken);
        if (redeemed.isEmpty()) {
            return store.hasReceipt(receipt.hash()) ? new Cast(receipt, null) : new NoVote();
        }
        VoterPass.Channel channel = redeemed.get().channel();
        store.insert(round.id(), redeemed.get().wijk(), channel, receipt.hash(), choices);
        store.countTurnout(round.id(), redeemed.get().wijk(), channel);
        return new Cast(receipt, redeemed.get().channel());
    }
}
