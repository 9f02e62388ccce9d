package org.jiedao.petitions.tests;

import static org.jiedao.petitions.tests.Fixture.HUACHEN;
import static org.jiedao.petitions.tests.Fixture.petitions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.HistoryEntry;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.Urgency;
import org.jiedao.petitions.UrgencyFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workflow: every transition, every refusal, deadlines, optimistic locking, attachments, mailbox openings. */
class WorkflowTest {

    private static final long C = PetitionService.CURRENT;

    /** The steps and the statuses each is allowed from (the workflow). */
    enum Step {
        ASSIGN(EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED), id -> petitions.assign(id, C, "worker-hc")),
        START(EnumSet.of(PetitionStatus.ASSIGNED), id -> petitions.start(id, C)),
        REPLY(EnumSet.of(PetitionStatus.IN_PROGRESS), id -> petitions.reply(id, C, "已联系物业清理。")),
        CLOSE(EnumSet.of(PetitionStatus.REPLIED), id -> petitions.close(id, C, 4, null)),
        REJECT(EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS),
                id -> petitions.reject(id, C, "不属于社区职责范围")),
        MERGE(EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS),
                id -> petitions.merge(id, C, Fixture.register(HUACHEN), "重复反映")),
        REOPEN(EnumSet.of(PetitionStatus.CLOSED), id -> petitions.reopen(id, C, "居民反映问题再次出现"));

        final Set<PetitionStatus> from;
        final LongFunction<PetitionSummary> run;

        Step(Set<PetitionStatus> from, LongFunction<PetitionSummary> run) {
            this.from = from;
            this.run = run;
        }
    }

    @BeforeAll
    static void organisation() {
        Fixture.organisation();
    }

    @BeforeEach
    void signIn() {
        Fixture.clean();
        Fixture.signIn("worker-hc");
    }

    @AfterEach
    void signOut() {
        Fixture.security.signOut();
        talliesMatchThePetitions();
    }

    /**
     * The counts kept per community and status (PET_TALLY, which the inbox count and the dashboard read)
     * equal a count of the petitions after whatever the test did: every step, refusal, rollback.
     */
    static void talliesMatchThePetitions() {
        Map<PetitionStatus, Long> counted = new java.util.EnumMap<>(PetitionStatus.class);
        Fixture.persistence.read(em -> em.createQuery("select p.status, count(p) from Petition p group by p.status", Object[].class)
                .getResultList()).forEach(r -> counted.put((PetitionStatus) r[0], ((Number) r[1]).longValue()));
        Map<PetitionStatus, Long> kept = new java.util.EnumMap<>(PetitionStatus.class);
        petitions.countsByStatus().forEach((status, n) -> {
            if (n != 0) {
                kept.put(status, n);
            }
        });
        assertEquals(counted, kept, "kept counts by status");
        Object[] marks = Fixture.persistence.read(em -> em.createQuery(
                "select count(p.satisfaction), sum(p.satisfaction) from Petition p where p.status = :closed", Object[].class)
                .setParameter("closed", PetitionStatus.CLOSED).getSingleResult());
        PetitionService.Satisfaction satisfaction = petitions.satisfaction();
        assertEquals(((Number) marks[0]).longValue(), satisfaction.marks(), "kept satisfaction marks");
        assertEquals(marks[1] == null ? 0 : ((Number) marks[1]).longValue(), satisfaction.sum(), "kept satisfaction sum");
        for (PetitionStatus status : PetitionStatus.values()) {
            assertEquals(counted.getOrDefault(status, 0L), petitions.count(new PetitionQuery(status, null, null, null, false, null, 0, 0)),
                    "inbox count of " + status);
        }
    }

    /** @return a new petition brought to the status */
    static long petitionIn(PetitionStatus status) {
        long id = Fixture.register(HUACHEN);
        switch (status) {
        case REGISTERED -> {
        }
        case REJECTED -> petitions.reject(id, C, "重复登记");
        case MERGED -> petitions.merge(id, C, Fixture.register(HUACHEN), null);
        default -> {
            petitions.assign(id, C, HUACHEN);
            if (status != PetitionStatus.ASSIGNED) {
                petitions.start(id, C);
            }
            if (status == PetitionStatus.REPLIED || status == PetitionStatus.CLOSED) {
                petitions.reply(id, C, "已处理。");
            }
            if (status == PetitionStatus.CLOSED) {
                petitions.close(id, C, 5, null);
            }
        }
        }
        assertEquals(status, petitions.summary(id).orElseThrow().status());
        return id;
    }

    @ParameterizedTest
    @EnumSource(PetitionStatus.class)
    void everyStepIsAllowedFromItsStatusesAndRefusedFromAllOthers(PetitionStatus status) {
        for (Step step : Step.values()) {
            long id = petitionIn(status);
            PetitionSummary before = petitions.summary(id).orElseThrow();
            int history = petitions.find(id).orElseThrow().history().size();
            if (step.from.contains(status)) {
                PetitionSummary after = step.run.apply(id);
                assertTrue(after.version() > before.version(), step + " from " + status);
                assertEquals(history + 1, petitions.find(id).orElseThrow().history().size(), step + " recorded");
            } else {
                PetitionException e = assertThrows(PetitionException.class, () -> step.run.apply(id), step + " from " + status);
                assertTrue(e.getMessage().contains("Petition " + id + " is " + status.english()), e.getMessage());
                assertTrue(e.getMessage().contains("only when it is"), e.getMessage());
                PetitionSummary unchanged = petitions.summary(id).orElseThrow();
                assertEquals(before.version(), unchanged.version(), "nothing written: " + step + " from " + status);
                assertEquals(status, unchanged.status());
                assertEquals(history, petitions.find(id).orElseThrow().history().size());
            }
        }
    }

    @Test
    void aPetitionLivesFromRegistrationToClosingAndReopeningWithWhoAndWhen() {
        long id = Fixture.register(HUACHEN);
        assertEquals("华辰嘉园社区", petitions.assign(id, C, "华辰嘉园社区").assignee());
        assertEquals("华辰嘉园社区工作者", petitions.assign(id, C, "worker-hc").assignee(), "reassigned to a person");
        assertEquals(PetitionStatus.IN_PROGRESS, petitions.start(id, C).status());
        assertEquals(PetitionStatus.REPLIED, petitions.reply(id, C, "已联系物业，三天内清理完毕。").status());
        assertEquals(PetitionStatus.CLOSED, petitions.close(id, C, 4, "电话回访，居民满意").status());
        PetitionDetails closed = petitions.find(id).orElseThrow();
        assertEquals(4, closed.satisfaction());
        assertEquals("电话回访，居民满意", closed.followUp());
        assertEquals("已联系物业，三天内清理完毕。", closed.reply());

        PetitionSummary reopened = petitions.reopen(id, C, "纸箱又堆起来了");
        assertEquals(PetitionStatus.IN_PROGRESS, reopened.status());
        assertEquals(LocalDate.now().plusDays(15), reopened.dueOn(), "a new deadline from the reopening");
        PetitionDetails d = petitions.find(id).orElseThrow();
        assertNull(d.satisfaction());
        assertEquals("纸箱又堆起来了", d.reason());
        List<PetitionAction> steps = d.history().stream().map(HistoryEntry::action).toList();
        assertEquals(List.of(PetitionAction.REGISTERED, PetitionAction.ASSIGNED, PetitionAction.ASSIGNED, PetitionAction.STARTED,
                PetitionAction.REPLIED, PetitionAction.CLOSED, PetitionAction.REOPENED), steps);
        for (HistoryEntry h : d.history()) {
            assertEquals("worker-hc", h.by());
            assertEquals("华辰嘉园社区工作者", h.byName());
            assertNotNullRecent(h);
        }
        assertEquals(PetitionStatus.CLOSED, d.history().get(6).from());
        assertTrue(d.history().get(5).detail().contains("4/5"), d.history().get(5).detail());
    }

    private static void assertNotNullRecent(HistoryEntry h) {
        assertTrue(h.atUtc() != null && h.atUtc().isAfter(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(5)), h.toString());
    }

    @Test
    void refusalsSayWhatIsMissingOrWrong() {
        long id = petitionIn(PetitionStatus.IN_PROGRESS);
        assertTrue(assertThrows(PetitionException.class, () -> petitions.reply(id, C, "  ")).getMessage().contains("reply is required"));
        long replied = petitionIn(PetitionStatus.REPLIED);
        assertTrue(assertThrows(PetitionException.class, () -> petitions.close(replied, C, 0, null)).getMessage().contains("1 to 5"));
        assertTrue(assertThrows(PetitionException.class, () -> petitions.close(replied, C, 6, null)).getMessage().contains("not 6"));
        assertThrows(PetitionException.class, () -> petitions.reject(id, C, ""));
        long closed = petitionIn(PetitionStatus.CLOSED);
        assertThrows(PetitionException.class, () -> petitions.reopen(closed, C, null));
        assertTrue(assertThrows(PetitionException.class, () -> petitions.assign(id, C, "没有这个单位")).getMessage().contains("neither"));
        assertTrue(assertThrows(PetitionException.class, () -> petitions.start(999_999, C)).getMessage().contains("no petition 999999"));
        assertTrue(assertThrows(PetitionException.class, () -> petitions.merge(id, C, id, null)).getMessage().contains("into itself"));
        long merged = petitionIn(PetitionStatus.MERGED);
        long target = petitions.find(merged).orElseThrow().mergedInto();
        long other = Fixture.register(HUACHEN);
        PetitionException intoMerged = assertThrows(PetitionException.class, () -> petitions.merge(other, C, merged, null));
        assertTrue(intoMerged.getMessage().contains("merge into petition " + target + " instead"), intoMerged.getMessage());
        assertThrows(PetitionException.class, () -> petitions.merge(other, C, 999_999, null));
        assertEquals("Duplicate of petition " + target, petitions.find(merged).orElseThrow().reason());
        assertTrue(assertThrows(PetitionException.class, () -> petitions.register(new NewPetition(LocalDate.now(), Channel.PHONE,
                PetitionKind.OPINION, HUACHEN, "不存在的类别", null, null, null, "内容", null))).getMessage().contains("not a configured category"));
        assertThrows(PetitionException.class, () -> petitions.register(new NewPetition(LocalDate.now(), Channel.PHONE, PetitionKind.OPINION,
                HUACHEN, null, null, null, "call me", "内容", null)));
    }

    @Test
    void deadlinesFollowUrgencyAndOverdueAndDueSoonStandOut() {
        LocalDate today = LocalDate.now();
        long normal = Fixture.register(HUACHEN, today, Urgency.NORMAL);
        long urgent = Fixture.register(HUACHEN, today, Urgency.of(UrgencyFlag.URGENT, UrgencyFlag.DIFFICULT));
        long difficult = Fixture.register(HUACHEN, today, Urgency.of(UrgencyFlag.DIFFICULT));
        long late = Fixture.register(HUACHEN, today.minusDays(20), Urgency.NORMAL);
        long soon = Fixture.register(HUACHEN, today.minusDays(1), Urgency.of(UrgencyFlag.URGENT));
        long lateButReplied = Fixture.register(HUACHEN, today.minusDays(20), Urgency.NORMAL);
        petitions.assign(lateButReplied, C, HUACHEN);
        petitions.start(lateButReplied, C);
        petitions.reply(lateButReplied, C, "已答复");
        assertEquals(today.plusDays(15), petitions.summary(normal).orElseThrow().dueOn());
        assertEquals(today.plusDays(3), petitions.summary(urgent).orElseThrow().dueOn());
        assertEquals(today.plusDays(15), petitions.summary(difficult).orElseThrow().dueOn(), "only 急 shortens the deadline");
        assertTrue(petitions.summary(late).orElseThrow().overdue());
        assertFalse(petitions.summary(normal).orElseThrow().overdue());
        assertTrue(petitions.summary(soon).orElseThrow().dueSoon());
        assertFalse(petitions.summary(lateButReplied).orElseThrow().overdue(), "a replied petition is no longer overdue");
        List<Long> overdue = petitions.list(new PetitionQuery(null, null, null, null, true, null, 0, 0)).stream().map(PetitionSummary::id).toList();
        assertEquals(List.of(late), overdue);
        // with the inbox's status and community filters: a status that cannot be overdue gives none, a running one its own
        assertEquals(1, petitions.count(new PetitionQuery(null, null, null, HUACHEN, true, null, 0, 0)));
        assertEquals(1, petitions.count(new PetitionQuery(PetitionStatus.REGISTERED, null, null, HUACHEN, true, null, 0, 0)));
        assertEquals(List.of(late), petitions.list(new PetitionQuery(PetitionStatus.REGISTERED, null, null, HUACHEN, true, null, 0, 200)).stream()
                .map(PetitionSummary::id).toList());
        assertEquals(0, petitions.count(new PetitionQuery(PetitionStatus.ASSIGNED, null, null, HUACHEN, true, null, 0, 0)));
        for (PetitionStatus finished : List.of(PetitionStatus.REPLIED, PetitionStatus.CLOSED, PetitionStatus.REJECTED, PetitionStatus.MERGED)) {
            assertEquals(0, petitions.count(new PetitionQuery(finished, null, null, null, true, null, 0, 0)), finished.name());
            assertEquals(List.of(), petitions.list(new PetitionQuery(finished, null, null, null, true, null, 0, 200)), finished.name());
        }
        assertEquals(1, petitions.count(new PetitionQuery(PetitionStatus.REPLIED, null, null, HUACHEN, false, null, 0, 0)), "replied, not overdue");
        assertEquals(List.of(urgent, soon), petitions.list(new PetitionQuery(null, null, UrgencyFlag.URGENT, null, false, null, 0, 0)).stream()
                .map(PetitionSummary::id).sorted().toList());

        assertThrows(AccessDeniedException.class, () -> petitions.setDeadlines(new Deadlines(10, 2, 1)), "only administrators");
        Fixture.signIn("admin-x");
        try {
            assertThrows(PetitionException.class, () -> petitions.setDeadlines(new Deadlines(0, 2, 1)));
            petitions.setDeadlines(new Deadlines(10, 2, 1));
            assertEquals(today.plusDays(10), petitions.summary(Fixture.register(HUACHEN)).orElseThrow().dueOn());
            assertEquals(today.plusDays(15), petitions.summary(normal).orElseThrow().dueOn(), "running petitions keep theirs");
        } finally {
            petitions.setDeadlines(Deadlines.DEFAULT);
        }
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentChange() {
        long id = Fixture.register(HUACHEN);
        long seen = petitions.summary(id).orElseThrow().version();
        petitions.assign(id, seen, HUACHEN);
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> petitions.reject(id, seen, "重复"));
        assertTrue(e.getMessage().contains("Someone else"), e.getMessage());
        assertEquals(PetitionStatus.ASSIGNED, petitions.summary(id).orElseThrow().status());
    }

    @Test
    void attachmentsAreStoredInTheDatabaseUpToFiveMegabytes() {
        long id = Fixture.register(HUACHEN);
        byte[] scan = new byte[200_000];
        new java.util.Random(1).nextBytes(scan);
        long attachment = petitions.attach(id, "来信扫描.jpg", "image/jpeg", scan);
        assertArrayEquals(scan, petitions.attachmentContent(attachment));
        PetitionDetails d = petitions.find(id).orElseThrow();
        assertEquals(1, d.attachments().size());
        assertEquals(200_000, d.attachments().get(0).size());
        assertEquals(PetitionAction.ATTACHED, d.history().get(d.history().size() - 1).action());
        PetitionException big = assertThrows(PetitionException.class,
                () -> petitions.attach(id, "big.png", "image/png", new byte[(int) PetitionService.MAX_ATTACHMENT_BYTES + 1]));
        assertTrue(big.getMessage().contains("at most 5 MB"), big.getMessage());
        assertThrows(PetitionException.class, () -> petitions.attach(id, "empty.png", "image/png", new byte[0]));
        assertEquals(1, petitions.find(id).orElseThrow().attachments().size());

        // removing one is a history step naming the file
        petitions.removeAttachment(attachment);
        PetitionDetails after = petitions.find(id).orElseThrow();
        assertTrue(after.attachments().isEmpty());
        HistoryEntry last = after.history().get(after.history().size() - 1);
        assertEquals(PetitionAction.DETACHED, last.action());
        assertEquals("来信扫描.jpg", last.detail());
        assertThrows(PetitionException.class, () -> petitions.removeAttachment(attachment));
    }

    @Test
    void theAttachmentLimitIsASettingOfDistrictAdministrators() {
        long id = Fixture.register(HUACHEN);
        assertEquals(PetitionService.MAX_ATTACHMENT_BYTES, petitions.attachmentLimit(), "5 MiB by default");
        assertThrows(AccessDeniedException.class, () -> petitions.setAttachmentLimit(1024 * 1024), "a community worker may not");
        Fixture.signIn("admin-x");
        try {
            PetitionException tooSmall = assertThrows(PetitionException.class, () -> petitions.setAttachmentLimit(10 * 1024));
            assertTrue(tooSmall.getMessage().contains("0.1 to 50 MB"), tooSmall.getMessage());
            assertThrows(PetitionException.class, () -> petitions.setAttachmentLimit(PetitionService.ATTACHMENT_LIMIT_CEILING + 1));
            petitions.setAttachmentLimit(1024 * 1024);
            assertEquals(1024 * 1024, petitions.attachmentLimit());
            PetitionException big = assertThrows(PetitionException.class, () -> petitions.attach(id, "photo.jpg", "image/jpeg", new byte[1024 * 1024 + 1]));
            assertTrue(big.getMessage().contains("at most 1 MB"), big.getMessage());
            petitions.attach(id, "photo.jpg", "image/jpeg", new byte[1024 * 1024]);
        } finally {
            petitions.setAttachmentLimit(PetitionService.MAX_ATTACHMENT_BYTES);
        }
    }

    @Test
    void weeklyMailboxOpeningsAreRecordedAndMissingOnesListed() {
        LocalDate today = LocalDate.now();
        Fixture.signIn("officer-x");
        Map<String, String> before = petitions.mailboxesNotOpened(today);
        assertEquals(Map.of(HUACHEN, "华辰嘉园社区", Fixture.HUAYUAN, "华元社区"), before);
        long opening = petitions.recordOpening(HUACHEN, today, "王丽华", "陈建国", "例行开启");
        petitions.register(new NewPetition(today, Channel.LETTER, PetitionKind.SUGGESTION, HUACHEN, null, null, null, null, "建议增设充电桩。", opening));
        petitions.register(new NewPetition(today, Channel.NOTE, PetitionKind.REQUEST, HUACHEN, null, Urgency.of(UrgencyFlag.URGENT), null, null,
                "路灯坏了。", opening));
        assertEquals(Map.of(Fixture.HUAYUAN, "华元社区"), petitions.mailboxesNotOpened(today));
        var list = petitions.openings(10);
        assertEquals(1, list.size());
        assertEquals(2, list.get(0).items());
        assertEquals("陈建国", list.get(0).witness());
        assertThrows(PetitionException.class, () -> petitions.recordOpening(HUACHEN, today, "王丽华", "王丽华", null), "a witness is someone else");
        assertThrows(PetitionException.class, () -> petitions.recordOpening("X-1", today, "王丽华", "陈建国", null), "a street has no mailbox");
        assertThrows(PetitionException.class, () -> petitions.recordOpening(HUACHEN, today.plusDays(1), "王丽华", "陈建国", null));
        Fixture.signIn("worker-hy");
        assertEquals(Map.of(Fixture.HUAYUAN, "华元社区"), petitions.mailboxesNotOpened(today), "only the user's community");
        assertTrue(petitions.openings(10).isEmpty(), "another community's openings are not visible");
    }

    @Test
    void categoriesAreAnEditableListForAdministrators() {
        assertTrue(petitions.categories().contains("环境卫生"), petitions.categories().toString());
        assertThrows(AccessDeniedException.class, () -> petitions.addCategory("垃圾分类"));
        Fixture.signIn("admin-x");
        petitions.addCategory("垃圾分类");
        try {
            assertEquals("垃圾分类", petitions.categories().get(petitions.categories().size() - 1));
            assertThrows(PetitionException.class, () -> petitions.addCategory("垃圾分类"));
            petitions.register(new NewPetition(LocalDate.now(), Channel.PHONE, PetitionKind.REQUEST, HUACHEN, "垃圾分类", null, null, null,
                    "分类亭满了。", null));
        } finally {
            petitions.removeCategory("垃圾分类");
        }
        assertFalse(petitions.categories().contains("垃圾分类"));
    }
}
