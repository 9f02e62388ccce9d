/**
 * The petitions module 民意邮局: its service {@link org.jiedao.petitions.PetitionService}, value lists
 * (channel, kind, status, 急难愁盼 flags) and the records it returns.
 */
package org.jiedao.petitions;
