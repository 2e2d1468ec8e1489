/**
 * Users, roles and sign-in: Spring Security with a throttle per account and address, session rights that follow
 * a user's row, and the first administrator.
 */
package org.cooperationatlas.security;
