/**
 * The tables of model 1 as they were, frozen, so the upgrade to model 1 creates exactly that schema
 * whatever the current entities look like. Never change these; add a new snapshot instead.
 */
package com.emeraldokr.core.ao.upgrade.v1;
