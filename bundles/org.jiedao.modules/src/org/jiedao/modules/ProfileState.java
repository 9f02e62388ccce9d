package org.jiedao.modules;

import java.time.Instant;
import java.util.List;

/**
 * One earlier state of this installation (a p2 profile state), which {@code modules revert} can return to.
 *
 * @param timestamp the state's p2 timestamp (what {@code modules revert STATE} takes)
 * @param time      when it was reached
 * @param modules   the module features installed in it, as {@code id version}
 * @param current   whether it is the state the installation is in now
 */
public record ProfileState(long timestamp, Instant time, List<String> modules, boolean current) {
}
