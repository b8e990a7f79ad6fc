package nl.dutchtechzone.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log through SLF4J, under openhtmltopdf's own logger names, instead of
 * to {@code java.util.logging}'s console handler.
 *
 * <p>Installed by {@link #installUnlessSet()} only when the application has not set an {@link
 * XRLogger} of its own. Levels map as SEVERE to error, WARNING to warn, INFO and CONFIG to
 * debug (openhtmltopdf reports timings at INFO, which is noise for an export), finer levels to
 * trace.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Slf4jXrLogger implements XRLogger {

  private static final Slf4jXrLogger INSTANCE = new Slf4jXrLogger();

  private Slf4jXrLogger() {}

  /** Installs this logger as openhtmltopdf's, unless the application installed one itself. */
  static void installUnlessSet() {
    synchronized (XRLog.class) {
      if (XRLog.getLoggerImpl() == null) {
        XRLog.setLoggerImpl(INSTANCE);
      }
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger logger = LoggerFactory.getLogger(where);
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      logger.error(msg, th);
    } else if (value >= Level.WARNING.intValue()) {
      logger.warn(msg, th);
    } else if (value >= Level.CONFIG.intValue()) {
      logger.debug(msg, th);
    } else {
      logger.trace(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are the SLF4J binding's to set; openhtmltopdf's own level calls are not obeyed.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int value = diagnostic.getLevel().intValue();
    if (value >= Level.SEVERE.intValue()) {
      return logger.isErrorEnabled();
    } else if (value >= Level.WARNING.intValue()) {
      return logger.isWarnEnabled();
    } else if (value >= Level.CONFIG.intValue()) {
      return logger.isDebugEnabled();
    }
    return logger.isTraceEnabled();
  }
}
