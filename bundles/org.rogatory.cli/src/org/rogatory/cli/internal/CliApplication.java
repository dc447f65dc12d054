package org.rogatory.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The OSGi application behind {@code rogatory --headless}. It only adapts the Equinox application life cycle to
 * {@link Cli}, so that the command line can be tested without starting an application.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Integer.valueOf(new Cli(System.out, System.err).run(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // Commands run to completion on the caller's thread; there is nothing to interrupt.
    }
}
