package dev.peerdesk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one direction between features (ARCHITECTURE.md "Rules of the house"):
 * platform ← user ← reputation / moderation gates ← question ← vote, moderation actions, support,
 * search ← the pages that compose several features (the question thread, the profile) and the demo
 * data. A feature that must react to a higher one observes its CDI events instead of calling it.
 * These rules run in {@code mvn verify} and fail on the first import against the direction.
 */
@AnalyzeClasses(packages = "dev.peerdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    private static final String[] GATES = {"dev.peerdesk.reputation..", "dev.peerdesk.moderation",
            "dev.peerdesk.moderation.control..", "dev.peerdesk.moderation.entity.."};
    private static final String[] FEATURES = {"dev.peerdesk.vote..", "dev.peerdesk.moderation.boundary..",
            "dev.peerdesk.support..", "dev.peerdesk.search..", "dev.peerdesk.notification..", "dev.peerdesk.mailin.."};
    private static final String[] PAGES = {"dev.peerdesk.thread..", "dev.peerdesk.profile..", "dev.peerdesk.demo.."};

    @ArchTest
    static final ArchRule featuresDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy("dev.peerdesk.platform..")
            .layer("user").definedBy("dev.peerdesk.user..")
            .layer("gates").definedBy(GATES)
            .layer("question").definedBy("dev.peerdesk.question..")
            .layer("features").definedBy(FEATURES)
            .layer("pages").definedBy(PAGES)
            .whereLayer("pages").mayNotBeAccessedByAnyLayer()
            .whereLayer("features").mayOnlyBeAccessedByLayers("pages")
            .whereLayer("question").mayOnlyBeAccessedByLayers("features", "pages")
            .whereLayer("gates").mayOnlyBeAccessedByLayers("question", "features", "pages")
            .whereLayer("user").mayOnlyBeAccessedByLayers("gates", "question", "features", "pages")
            .whereLayer("platform").mayOnlyBeAccessedByLayers("user", "gates", "question", "features", "pages");

    /** Features of one layer (vote, support, search, moderation actions…) must not need each other both ways. */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().assignedFrom(new Features())
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controlNeverImportsBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule entitiesImportOnlyEntities = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..");

    /** CDI has no EntityManager bean here: {@code @Inject EntityManager} fails the whole deployment. */
    @ArchTest
    static final ArchRule entityManagersComeFromThePersistenceContext = noFields()
            .that().haveRawType(jakarta.persistence.EntityManager.class)
            .should().beAnnotatedWith(jakarta.inject.Inject.class);

    /** One slice per feature; moderation is two: its gates (below question) and its actions (above). */
    static final class Features implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("dev.peerdesk.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring("dev.peerdesk.".length()).split("\\.");
            String feature = parts[0];
            if (feature.equals("moderation")) {
                return SliceIdentifier.of(parts.length > 1 && parts[1].equals("boundary")
                        ? "moderation actions" : "moderation gates");
            }
            return SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "features";
        }
    }
}
