package com.atlassian.sal.api.transaction;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7).
public interface TransactionCallback<T> {

    T doInTransaction();
}
