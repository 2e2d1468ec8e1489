/**
 * The sign-in page and the administration of users.
 * Views talk to {@code UserService}.
 */
package org.cooperationatlas.security.ui;
