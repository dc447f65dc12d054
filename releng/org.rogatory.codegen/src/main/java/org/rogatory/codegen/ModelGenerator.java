package org.rogatory.codegen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * One folder of generated output and the committed folder it belongs to. {@code only} names the files the tool owns
   * in that folder; empty means the whole folder is generated (src-gen, icons).
   */
  record Result(String genmodel, String committedDirectory, Path generatedDirectory, Set<String> only) {

    /** Whether the tool owns this file of the folder. */
    boolean owns(String file) {
      return only.isEmpty() || only.contains(file);
    }
  }

  /** The edit project's generated files outside its editDirectory: the item providers' strings and icons. */
  private static final String EDIT_PROPERTIES = "plugin.properties";
  private static final String EDIT_ICONS = "icons";

  private final RepositoryLayout layout;
  private final PrintStream out;

  ModelGenerator(RepositoryLayout layout, PrintStream out) {
    this.layout = layout;
    this.out = out;
  }

  /**
   * Generates the model code and, when the genmodel names an editDirectory whose bundle folder exists, the EMF.Edit
   * code: its editDirectory, the {@code plugin.properties} the item providers read their strings from, and their
   * {@code icons/}.
   */
  List<Result> generate(String genmodelPath) throws GenerationException, IOException {
    GenModel genModel = load(genmodelPath);
    GenModelSettings.check(genModel, genmodelPath, out);
    String modelDirectory = genModel.getModelDirectory();
    layout.registerOutputProject(modelDirectory);
    genModel.setCanGenerate(true);
    run(genModel, genmodelPath, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);

    String committed = layout.committedDirectory(modelDirectory);
    Path bundle = layout.bundleOf(modelDirectory);
    if (Files.isDirectory(bundle)) {
      String bundlePrefix = RepositoryLayout.BUNDLES + "/" + bundle.getFileName() + "/";
      String inBundle = genmodelPath.startsWith(bundlePrefix) ? genmodelPath.substring(bundlePrefix.length()) : genmodelPath;
      PluginXmlCheck.warnIfUnregistered(genModel, bundle, inBundle, out);
    }
    out.println("[codegen] generated " + genmodelPath + " (modelDirectory " + modelDirectory + " = " + committed + ")");
    List<Result> results = new ArrayList<>();
    results.add(new Result(genmodelPath, committed, layout.generatedDirectory(modelDirectory), Set.of()));

    String editDirectory = genModel.getEditDirectory();
    if (editDirectory != null && !editDirectory.isBlank() && Files.isDirectory(layout.bundleOf(editDirectory))) {
      layout.registerOutputProject(editDirectory);
      run(genModel, genmodelPath, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
      String project = "/" + layout.bundleOf(editDirectory).getFileName();
      results.add(new Result(genmodelPath, layout.committedDirectory(editDirectory),
          layout.generatedDirectory(editDirectory), Set.of()));
      results.add(new Result(genmodelPath, layout.committedDirectory(project + "/" + EDIT_ICONS),
          layout.generatedDirectory(project + "/" + EDIT_ICONS), Set.of()));
      results.add(new Result(genmodelPath, RepositoryLayout.BUNDLES + project, layout.workspaceProject(project),
          Set.of(EDIT_PROPERTIES)));
      out.println("[codegen] generated " + genmodelPath + " (editDirectory " + editDirectory + ")");
    }
    return results;
  }

  private void run(GenModel genModel, String genmodelPath, String projectType) throws GenerationException {
    Generator generator = new HeadlessGenerator(layout.newWritingResourceSet());
    generator.setInput(genModel);
    Diagnostic diagnostic;
    try {
      diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
    } catch (RuntimeException | LinkageError e) {
      throw new GenerationException(genmodelPath + ": the EMF generator failed: " + e, e);
    }
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new GenerationException(genmodelPath + ": the EMF generator reported errors:" + describe(diagnostic));
    }
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
