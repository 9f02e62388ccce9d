package org.jiedao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.modules.ModuleManager;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.junit.jupiter.api.Test;

/**
 * 工具 › 模块管理… in the real workbench, in Chinese: an administrator adds a local p2 repository
 * (file:, written here with p2's own repository API: a categorised feature with Chinese and English
 * names) through the dialog and sees the module it offers with its Chinese name and module id (the feature
 * id without {@code .feature}), version, vendor and
 * description. This test runtime is no installed product (no p2 profile), which the dialog says.
 */
class ModulesDialogTest {

    private static final String PASSWORD = "Modules-Admin-2021!";

    @Test
    void anAdministratorAddsARepositoryAndSeesItsModules() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        if (units.find("M").isEmpty()) {
            units.create("M", "模块区", OrgLevel.DISTRICT, null);
        }
        if (security.find("modadmin").isEmpty()) {
            security.createUser("modadmin", "模块管理员", Role.DISTRICT_ADMIN, "M", PASSWORD.toCharArray());
        }
        URI repository = sampleRepository(Files.createTempDirectory("jiedao-p2-sample"));
        ModuleManager manager = Services.await(ModuleManager.class);
        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("modadmin", PASSWORD);

            driver.selectMenu(window, "工具", "模块管理(M)…");
            Shell dialog = driver.waitForShell("模块管理");
            Label status = driver.onUi(() -> SwtDriver.find(dialog, Label.class, l -> "status".equals(l.getData("name"))));
            driver.waitUntil("the note that this runtime is no installed product",
                    () -> status.getText().contains("不是已安装的街道治理工作台产品"));

            TabFolder tabs = driver.onUi(() -> SwtDriver.find(dialog, TabFolder.class, t -> true));
            driver.onUi(() -> tabs.setSelection(1));
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().startsWith("添加仓库"))));
            Shell input = driver.waitForShell("添加仓库", dialog);
            Text address = driver.onUi(() -> SwtDriver.find(input, Text.class, Text::getEditable));
            driver.click(address);
            driver.type(repository.toString());
            driver.click(driver.onUi(() -> SwtDriver.find(input, Button.class, b -> b.getText().startsWith("确定"))));

            Table available = driver.onUi(() -> SwtDriver.find(dialog, Table.class, t -> "available".equals(t.getData("name"))));
            driver.waitUntil("the repository's module in the list", Duration.ofSeconds(60),
                    () -> available.getItemCount() == 1);
            List<String> row = driver.onUi(() -> List.of(available.getItem(0).getText(0), available.getItem(0).getText(1),
                    available.getItem(0).getText(2), available.getItem(0).getText(3), available.getItem(0).getText(4)));
            assertEquals(List.of("示例模块", "org.jiedao.sample", "1.2.3", "示例公司", "用于界面测试的示例模块"), row);
            assertEquals(List.of(repository), manager.repositories());
            driver.screenshot("modules-dialog");

            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().equals("关闭"))));
            driver.waitForClosed(dialog);
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
        manager.removeRepository(repository);
    }

    /** A p2 repository in {@code dir}: one categorised feature group with zh/en names, and an empty artifact repository. */
    private static URI sampleRepository(Path dir) throws Exception {
        IProvisioningAgent agent = Services.await(IProvisioningAgentProvider.class)
                .createAgent(Files.createTempDirectory("jiedao-p2-agent").toUri());
        try {
            URI uri = dir.toUri();
            IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(uri,
                    "sample", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of(IRepository.PROP_COMPRESSED, "false"));
            agent.getService(IArtifactRepositoryManager.class).createRepository(uri, "sample",
                    IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of(IRepository.PROP_COMPRESSED, "false"));
            Version version = Version.create("1.2.3");
            InstallableUnitDescription feature = new InstallableUnitDescription();
            feature.setId("org.jiedao.sample.feature.feature.group");
            feature.setVersion(version);
            feature.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, "true");
            feature.setProperty(IInstallableUnit.PROP_NAME, "%featureName");
            feature.setProperty("df_LT.featureName", "Sample module");
            feature.setProperty("zh.featureName", "示例模块");
            feature.setProperty(IInstallableUnit.PROP_PROVIDER, "%provider");
            feature.setProperty("df_LT.provider", "Sample Ltd");
            feature.setProperty("zh.provider", "示例公司");
            feature.setProperty(IInstallableUnit.PROP_DESCRIPTION, "%description");
            feature.setProperty("df_LT.description", "A sample module for the UI test");
            feature.setProperty("zh.description", "用于界面测试的示例模块");
            feature.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID,
                    feature.getId(), version)));
            IInstallableUnit featureUnit = MetadataFactory.createInstallableUnit(feature);
            InstallableUnitDescription category = new InstallableUnitDescription();
            category.setId("org.jiedao.sample.category");
            category.setVersion(version);
            category.setProperty(InstallableUnitDescription.PROP_TYPE_CATEGORY, "true");
            category.setProperty(IInstallableUnit.PROP_NAME, "示例 Samples");
            category.addRequirements(List.of(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID,
                    featureUnit.getId(), new VersionRange(version, true, version, true), null, false, false)));
            category.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID,
                    category.getId(), version)));
            metadata.addInstallableUnits(List.of(featureUnit, MetadataFactory.createInstallableUnit(category)));
            return uri;
        } finally {
            agent.stop();
        }
    }

}
