package com.emeraldokr.host.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Lets a few requests work at once and queues the rest in the order they arrived. Without it, a host
 * under more requests than it can serve works on dozens at a time, each slowed by the others, and
 * picks the next among waiting connections in no particular order: most answer quickly, some wait
 * until their client gives up. First come, first served keeps every request's wait close to the
 * average. The status page skips the queue, so a load balancer's health check sees a busy node as up.
 */
public final class FairAdmission implements Filter {

    private final Semaphore working;
    private final String statusPath;

    /** {@code atOnce} requests work at a time; {@code statusPath} is never queued. */
    public FairAdmission(int atOnce, String statusPath) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one request must be let in");
        }
        this.working = new Semaphore(atOnce, true);
        this.statusPath = statusPath;
    }

    /** Twice the processors, at least four: enough to keep them busy while some requests wait on the database. */
    public static int forThisMachine() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && statusPath.equals(http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            working.acquire();
        } catch (InterruptedException e) {
            // the server is stopping
            Thread.currentThread().interrupt();
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            working.release();
        }
    }

    /** Requests waiting for their turn now. */
    public int waiting() {
        return working.getQueueLength();
    }
}
