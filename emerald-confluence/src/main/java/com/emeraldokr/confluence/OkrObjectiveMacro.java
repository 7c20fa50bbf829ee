package com.emeraldokr.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.i18n.Messages;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.Map;

/**
 * {@code okr-objective}: one objective from Jira as a card. Server-side HTML only, so the card reads
 * the same with JavaScript off and in PDF and Word export.
 */
@Named
public class OkrObjectiveMacro extends BlockMacro {

    private final OkrObjectiveCard card;

    @Inject
    public OkrObjectiveMacro(OkrDataClient client, Messages messages) {
        this.card = new OkrObjectiveCard(client, messages);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        return card.render(parameters.get(OkrObjectiveCard.KEY_PARAMETER));
    }
}
