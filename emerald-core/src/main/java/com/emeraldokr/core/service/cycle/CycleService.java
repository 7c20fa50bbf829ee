package com.emeraldokr.core.service.cycle;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** OKR cycles: creating and listing them. */
@Named
public class CycleService {

    private final OkrStore store;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public CycleService(OkrStore store, Messages messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    public CycleView createCycle(NewCycle request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        CycleValidator.CycleFields c = CycleValidator.fields(v, "", request.name(), request.start(), request.end(),
                request.timeZone(), request.state(), ZoneId.of("UTC"), CycleState.PLANNING);
        v.throwIfInvalid();
        return OkrViews.cycleView(store.createCycle(c.name(), c.start(), c.end(), c.zone(), c.state()), clock.instant());
    }

    public List<CycleView> cycles() {
        Instant now = clock.instant();
        return store.listCycles().stream().map(c -> OkrViews.cycleView(c, now)).toList();
    }
}
