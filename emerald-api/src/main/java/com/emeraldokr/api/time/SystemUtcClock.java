package com.emeraldokr.api.time;

import javax.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The wall clock as an injectable bean; tests pass a fixed {@link Clock} instead. */
@Named
public final class SystemUtcClock extends Clock {

    private final Clock delegate = Clock.systemUTC();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.withZone(zone);
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }
}
