/**
 * The community: accounts and roles (sign-in, set-up, invitations, lock-out), and later members,
 * organisations, countries, contact points, networks and groups. The root package is the API other
 * modules use ({@link org.convene.community.Accounts}, {@link org.convene.community.Role}).
 */
package org.convene.community;
