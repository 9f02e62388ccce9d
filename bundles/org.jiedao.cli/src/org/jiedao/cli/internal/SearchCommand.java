package org.jiedao.cli.internal;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.core.search.SearchProviderDescriptor;
import org.jiedao.core.search.SearchProviderRegistry;

/**
 * {@code jiedao-cli search TEXT [--limit N] [--format table|tsv|json]}: every installed module's
 * search provider, as the workbench's search field asks them, within the user's units.
 */
public final class SearchCommand implements CliCommand {

    private final SearchProviderRegistry providers;
    private final IEclipseContext eclipseContext;

    @Inject
    public SearchCommand(SearchProviderRegistry providers, IEclipseContext eclipseContext) {
        this.providers = providers;
        this.eclipseContext = eclipseContext;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), Set.of("limit", "format"), Set.of());
        line.expectAtMost(1);
        String query = line.positional(0, "TEXT").strip();
        if (query.isEmpty()) {
            throw CommandException.usage(Messages.Search_empty);
        }
        int limit;
        try {
            limit = Integer.parseInt(line.option("limit").orElse("20"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 1000) {
            throw CommandException.usage(NLS.bind(Messages.Search_badLimit, line.option("limit").orElse("")));
        }
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable table = new TextTable(List.of("module", "type", "id", "title", "details"), List.of(Messages.Search_module,
                Messages.Search_type, Messages.Search_id, Messages.Search_title, Messages.Search_details));
        int failures = 0;
        for (SearchProviderDescriptor descriptor : providers.providers()) {
            List<SearchHit> hits;
            try {
                SearchProvider provider = Contributions.create(descriptor.providerClass(), eclipseContext);
                hits = provider.search(query, limit, context.locale());
            } catch (Exception | LinkageError e) {
                org.eclipse.core.runtime.ILog.of(SearchCommand.class).error("Search provider " + descriptor.id() + " failed", e);
                context.err().println(NLS.bind(Messages.Search_failed, descriptor.name(), String.valueOf(e.getMessage())));
                failures++;
                continue;
            }
            for (SearchHit hit : hits) {
                table.add(descriptor.name(), hit.recordType(), hit.recordId(), hit.title(), java.util.Objects.toString(hit.subtitle(), ""));
            }
        }
        table.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Search_count, table.size()));
        }
        return failures == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }
}
