package nl.wijkdeal.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Hands mail to the SMTP server of {@link SmtpSettings}. One connection serves a whole run of the
 * sender ({@link #open}), opened at the first mail and closed at the end of the run.
 */
@Singleton
class SmtpPostman {

    /** Why a mail did not go out, in words that hold nothing personal (no server text, no address). */
    static final class Failure extends Exception {
        final boolean permanent;
        final boolean connectionLost;

        Failure(String reason, boolean permanent, boolean connectionLost) {
            super(reason, null, false, false);
            this.permanent = permanent;
            this.connectionLost = connectionLost;
        }
    }

    private final SmtpSettings settings;

    SmtpPostman(SmtpSettings settings) {
        this.settings = settings;
    }

    Connection open() {
        return new Connection();
    }

    final class Connection implements AutoCloseable {

        private Session session;
        private Transport transport;

        void send(MailStore.Due mail, Instant now) throws Failure {
            try {
                if (session == null) {
                    session = Session.getInstance(properties());
                }
                MimeMessage message = message(session, mail, now);
                if (transport == null || !transport.isConnected()) {
                    transport = session.getTransport("smtp");
                    transport.connect(settings.host(), settings.port(), blankToNull(settings.user()), blankToNull(settings.password()));
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // The mail is sent or its failure recorded; a failing QUIT changes nothing.
                }
            }
        }
    }

    private MimeMessage message(Session session, MailStore.Due mail, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        message.setHeader("Content-Language", mail.language().code());
        // RFC 3834: no auto-replies ("out of office") to a mail nobody reads.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Wijkdeal-Kind", mail.kind());
        if (mail.unsubscribeUrl() != null) {
            // RFC 8058 one-click: the mail program POSTs "List-Unsubscribe=One-Click" to the link.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mail.html() == null) {
            message.setText(mail.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            message.setContent(alternative);
        }
        message.saveChanges();
        return message;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.auth", Boolean.toString(settings.user() != null && !settings.user().isBlank()));
        // starttls.required: with STARTTLS asked for, never fall back to sending in the clear.
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        String timeout = Long.toString(settings.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        return p;
    }

    /**
     * A reason without the server's words (they often repeat the address): the SMTP reply code, or
     * the kind of error. A 5xx reply about this mail is permanent; anything else may pass later, and
     * anything but a refusal of this one mail means the connection is gone.
     */
    static Failure failure(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            int code = x instanceof SMTPAddressFailedException a ? a.getReturnCode()
                    : x instanceof SMTPSendFailedException s ? s.getReturnCode() : -1;
            if (code > 0) {
                return new Failure("SMTP " + code, code >= 500 && code < 600, false);
            }
        }
        if (e instanceof AddressException) {
            // An address the server would never take: trying again cannot help.
            return new Failure("AddressException", true, false);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean refusedHere = e instanceof SendFailedException;
        return new Failure(root.getClass().getSimpleName(), false, !refusedHere);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
