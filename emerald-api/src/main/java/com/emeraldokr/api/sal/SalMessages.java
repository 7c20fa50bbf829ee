package com.emeraldokr.api.sal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.emeraldokr.api.i18n.Messages;

import javax.inject.Inject;
import javax.inject.Named;

import java.io.Serializable;

/** {@link Messages} on SAL's resolver, which reads Emerald's bundle in the current user's locale in any product. */
@Named
public class SalMessages implements Messages {

    private final I18nResolver i18n;

    @Inject
    public SalMessages(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Object... arguments) {
        Serializable[] args = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            args[i] = a == null || a instanceof Serializable ? (Serializable) a : String.valueOf(a);
        }
        return i18n.getText(key, args);
    }
}
