package com.emeraldokr.core.service.settings;

import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

/** Reads and changes the instance's OKR settings; administrators only, every field checked before anything is saved. */
@Named
public class SettingsService {

    private final SettingsStore store;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;

    @Inject
    public SettingsService(SettingsStore store, Permissions permissions, CurrentUser currentUser, Messages messages) {
        this.store = store;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    public OkrSettingsDocument current() {
        requireAdministrator();
        return document(store.load());
    }

    public OkrSettingsDocument change(OkrSettingsDocument request) {
        requireAdministrator();
        Validator v = new Validator(messages);
        v.requireBody(request);
        OkrSettings changed = SettingsValidator.settings(v, "", request, store.load());
        v.throwIfInvalid();
        store.save(changed, currentUser.userKey().orElse(null));
        return document(store.load());
    }

    private void requireAdministrator() {
        if (!permissions.isAdministrator()) {
            throw new ForbiddenException("settings", messages.text("emerald.error.settings.permission"));
        }
    }

    static OkrSettingsDocument document(OkrSettings s) {
        return SettingsValidator.document(s);
    }
}
