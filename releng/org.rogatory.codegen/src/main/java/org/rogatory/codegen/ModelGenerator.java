package org.rogatory.codegen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's own {@link Generator} for the model code of one genmodel, headless: no workspace, no JDT, the
 * precompiled JET templates, and output into the scratch workspace of a {@link RepositoryLayout}.
 */
final class ModelGenerator {

  /** Where one genmodel's model code went, and the committed folder it belongs to. */
  record Result(String genmodel, String committedDirectory, Path generatedDirectory) {
  }

  private final RepositoryLayout layout;
  private final PrintStream out;

  ModelGenerator(RepositoryLayout layout, PrintStream out) {
    this.layout = layout;
    this.out = out;
  }

  Result generate(String genmodelPath) throws GenerationException, IOException {
    GenModel genModel = load(genmodelPath);
    GenModelSettings.check(genModel, genmodelPath, out);
    String modelDirectory = genModel.getModelDirectory();
    layout.registerOutputProject(modelDirectory);

    genModel.setCanGenerate(true);
    Generator generator = new HeadlessGenerator(layout.newWritingResourceSet());
    generator.setInput(genModel);
    Diagnostic diagnostic;
    try {
      diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
    } catch (RuntimeException | LinkageError e) {
      throw new GenerationException(genmodelPath + ": the EMF generator failed: " + e, e);
    }
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new GenerationException(genmodelPath + ": the EMF generator reported errors:" + describe(diagnostic));
    }
    String committed = layout.committedDirectory(modelDirectory);
    Path bundle = layout.bundleOf(modelDirectory);
    if (Files.isDirectory(bundle)) {
      String bundlePrefix = RepositoryLayout.BUNDLES + "/" + bundle.getFileName() + "/";
      String inBundle = genmodelPath.startsWith(bundlePrefix) ? genmodelPath.substring(bundlePrefix.length()) : genmodelPath;
      PluginXmlCheck.warnIfUnregistered(genModel, bundle, inBundle, out);
    }
    out.println("[codegen] generated " + genmodelPath + " (modelDirectory " + modelDirectory + " = " + committed + ")");
    return new Result(genmodelPath, committed, layout.generatedDirectory(modelDirectory));
  }

  /** Loads the genmodel and everything it refers to, failing on any load error or unresolved reference. */
  private GenModel load(String genmodelPath) throws GenerationException, IOException {
    ResourceSet resourceSet = layout.newReadingResourceSet();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    factories.put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    Resource resource;
    try {
      resource = resourceSet.getResource(layout.genmodelUri(genmodelPath), true);
      EcoreUtil.resolveAll(resourceSet);
    } catch (RuntimeException e) {
      throw new GenerationException(genmodelPath + ": cannot load: " + rootCause(e), e);
    }
    StringJoiner problems = new StringJoiner("\n  ", "\n  ", "");
    problems.setEmptyValue("");
    for (Resource loaded : resourceSet.getResources()) {
      loaded.getErrors().forEach(error -> problems.add(loaded.getURI() + ": " + error.getMessage()));
    }
    Map<EObject, Collection<EStructuralFeature.Setting>> unresolved =
        EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
    unresolved.forEach((proxy, settings) -> problems.add("unresolved reference " + EcoreUtil.getURI(proxy)));
    if (problems.length() > 0) {
      throw new GenerationException(genmodelPath + ": cannot load:" + problems);
    }
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
      throw new GenerationException(genmodelPath + ": does not contain a GenModel");
    }
    // As the genmodel editor does on opening: bring the genmodel in line with its current .ecore files.
    if (!genModel.reconcile()) {
      throw new GenerationException(genmodelPath + ": does not match its .ecore (reconcile failed)");
    }
    Diagnostic diagnostic = genModel.diagnose();
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new GenerationException(genmodelPath + ": is not valid:" + describe(diagnostic));
    }
    return genModel;
  }

  private static String describe(Diagnostic diagnostic) {
    StringJoiner result = new StringJoiner("\n  ", "\n  ", "");
    if (diagnostic.getChildren().isEmpty()) {
      result.add(diagnostic.getMessage());
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      if (child.getSeverity() >= Diagnostic.WARNING) {
        result.add(child.getMessage() + (child.getException() != null ? " (" + child.getException() + ")" : ""));
      }
    }
    return result.toString();
  }

  private static String rootCause(Throwable throwable) {
    Throwable cause = throwable;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString();
  }

  /**
   * EMF's generator, cut loose from the IDE. In Eclipse, the JDT-based merger would convert the templates' output to
   * the workspace's brace style and indentation; here the same conversion is done by EMF's own text routine with
   * Eclipse's default settings (tabs, opening brace at the end of the line), and nothing is merged, because the
   * output folder is always empty.
   */
  private static final class HeadlessGenerator extends Generator {

    private final ResourceSet output;
    private final JControlModel controlModel = new JControlModel();

    HeadlessGenerator(ResourceSet output) {
      super(registry());
      this.output = output;
      controlModel.setLeadingTabReplacement("\t");
      controlModel.setConvertToStandardBraceStyle(true);
    }

    private static GeneratorAdapterFactory.Descriptor.Registry registry() {
      GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
      registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
      return registry;
    }

    /** Runs after the adapter factories copied the genmodel's options; overrides those that need the IDE. */
    @Override
    protected void initialize() {
      super.initialize();
      Options options = getOptions();
      options.resourceSet = output;
      options.dynamicTemplates = false;
      options.codeFormatting = false;
      options.commentFormatting = false;
      options.importOrganizing = false;
      options.cleanup = false;
      options.templateClasspath = null;
    }

    @Override
    public JControlModel getJControlModel() {
      return controlModel;
    }
  }
}
