package com.emeraldokr.core.port;

import java.util.Optional;

/** Who is making the current request. */
public interface CurrentUser {

    /** The stable user key (not the renameable username), or empty for an anonymous request. */
    Optional<String> userKey();
}
