package org.convene.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database could not be reached (restarting, the network cut): nothing was saved, and the person is told to send
 * it again in a moment — in their language, with a 503 and {@code Retry-After} where no page catches it. Never an
 * acknowledgement, never a 500.
 */
public class DatabaseUnavailable extends UserError {

	public DatabaseUnavailable(Throwable cause) {
		super("error.unavailable");
		initCause(cause);
	}

	/** Whether {@code e} (or what caused it) says the database could not be reached, rather than a refused write. */
	public static boolean causedBy(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DatabaseUnavailable || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			// 08: connection exceptions; 57P01-57P03: the server shutting down or not yet accepting connections
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}
}
