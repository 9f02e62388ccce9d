package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

import org.jiedao.ui.widgets.PinyinCollator;
import org.junit.jupiter.api.Test;

class PinyinCollatorTest {

    private final Collator pinyin = PinyinCollator.getPinyinInstance();

    private List<String> sorted(String... words) {
        List<String> list = new ArrayList<>(List.of(words));
        Collections.shuffle(list, new java.util.Random(7));
        list.sort(pinyin);
        return list;
    }

    @Test
    void ordersCommonHanziByPinyin() {
        assertEquals(List.of("阿", "北", "长", "张", "郑"), sorted("郑", "张", "长", "北", "阿"));
        assertEquals(List.of("沧浪街道", "姑苏区", "平江街道", "相城区"), sorted("相城区", "平江街道", "姑苏区", "沧浪街道"));
        assertEquals(List.of("李四", "王五", "张三", "赵六"), sorted("赵六", "张三", "王五", "李四"));
    }

    /** Where the JDK's zh collation (GB2312 order) goes wrong: level-2 and non-GB2312 characters. */
    @Test
    void ordersRarerNameCharactersByPinyinToo() {
        // 覃 qín, 婧 jìng, 琰 yǎn, 鑫 xīn (GB2312 level 2); 喆 zhé, 玥 yuè, 堃 kūn (outside GB2312)
        assertEquals(List.of("婧", "堃", "覃", "鑫", "琰", "玥", "喆"), sorted("喆", "玥", "琰", "鑫", "覃", "堃", "婧"));
        Collator jdk = Collator.getInstance(Locale.CHINA);
        List<String> byJdk = new ArrayList<>(List.of("喆", "玥", "琰", "鑫", "覃", "堃", "婧"));
        byJdk.sort(jdk);
        assertNotEquals(sorted("喆", "玥", "琰", "鑫", "覃", "堃", "婧"), byJdk, "the JDK collator orders these differently");
    }

    @Test
    void placeNamesWith长AreReadCháng() {
        assertEquals(List.of("长安社区", "长春路", "常熟", "张家港"), sorted("张家港", "常熟", "长春路", "长安社区"));
    }

    @Test
    void distinctTextsNeverCompareEqualAndKeysAgreeWithCompare() {
        assertTrue(pinyin.compare("长", "常") != 0);
        assertEquals(0, pinyin.compare("沧浪", "沧浪"));
        List<String> words = List.of("郑", "张", "长", "北", "阿", "覃", "Zhang", "abc", "12", "长安", "常");
        for (String a : words) {
            for (String b : words) {
                assertEquals(Integer.signum(pinyin.compare(a, b)),
                        Integer.signum(pinyin.getCollationKey(a).compareTo(pinyin.getCollationKey(b))), a + " vs " + b);
            }
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> expected = sorted("郑", "张", "长", "北", "阿", "覃", "喆");
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!sorted("喆", "覃", "阿", "北", "长", "张", "郑").equals(expected)) {
                        failures.add(new AssertionError("order changed under concurrency"));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }

    /**
     * NatTable logs through SLF4J 1.7, bound by the fragment org.jiedao.logging.slf4j to the platform
     * log: an error (such as a failure while painting a table) reaches the platform log with its
     * stack trace; info and debug stay off.
     */
    @Test
    void natTableErrorsGoToThePlatformLog() {
        org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger("org.eclipse.nebula.widgets.nattable.painter.layer.NatLayerPainter");
        assertEquals("org.jiedao.logging.slf4j.PlatformLogger", logger.getClass().getName());
        assertTrue(logger.isErrorEnabled());
        assertFalse(logger.isInfoEnabled());
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (status.getMessage().startsWith("[org.eclipse.nebula.widgets.nattable.painter.layer.NatLayerPainter]")) {
                logged.add(status);
            }
        };
        IllegalStateException failure = new IllegalStateException("Could not find any implementations of MutableSetFactory.");
        Platform.addLogListener(listener);
        try {
            logger.error("Error while painting table", failure);
            logger.warn("Column {} has no width, using {}", 3, 100);
            logger.info("not for the platform log");
        } finally {
            Platform.removeLogListener(listener);
        }
        assertEquals(2, logged.size(), logged.toString());
        assertEquals(IStatus.ERROR, logged.get(0).getSeverity());
        assertEquals("[org.eclipse.nebula.widgets.nattable.painter.layer.NatLayerPainter] Error while painting table",
                logged.get(0).getMessage());
        assertSame(failure, logged.get(0).getException());
        assertEquals(IStatus.WARNING, logged.get(1).getSeverity());
        assertEquals("[org.eclipse.nebula.widgets.nattable.painter.layer.NatLayerPainter] Column 3 has no width, using 100",
                logged.get(1).getMessage());
    }
}
