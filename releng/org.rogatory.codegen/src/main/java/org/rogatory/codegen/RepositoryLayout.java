package org.rogatory.codegen;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xml.namespace.XMLNamespacePackage;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * Maps Eclipse workspace paths onto the repository without any workspace: the project named {@code P} in a
 * {@code platform:/resource/P/...} or {@code platform:/plugin/P/...} URI is the folder {@code bundles/P} under the root.
 *
 * <p>Reading and writing are mapped apart: models are read from the repository, while everything the generator
 * writes to {@code platform:/resource/...} lands in a scratch workspace. Only the model directory is ever copied
 * back, so the generator cannot touch a bundle's hand-written MANIFEST.MF, plugin.xml or build.properties.
 */
final class RepositoryLayout {

  static final String BUNDLES = "bundles";
  private static final String ECORE_PLUGIN = "org.eclipse.emf.ecore";

  private final Path root;
  private final Path workspace;

  RepositoryLayout(Path root, Path workspace) {
    this.root = root;
    this.workspace = workspace;
  }

  Path root() {
    return root;
  }

  /**
   * The URI to load a genmodel under: the same {@code platform:/resource} URI the IDE uses for a file in a bundle, so
   * that relative and platform references inside it resolve exactly as they do in Eclipse.
   */
  URI genmodelUri(String relativePath) {
    String[] segments = relativePath.split("/", 3);
    if (segments.length == 3 && segments[0].equals(BUNDLES)) {
      return URI.createPlatformResourceURI(segments[1] + "/" + segments[2], true);
    }
    return URI.createFileURI(root.resolve(relativePath).toString());
  }

  /** A resource set that reads platform URIs from the repository's bundles and EMF's own models from its jar. */
  ResourceSet newReadingResourceSet() throws IOException {
    ResourceSetImpl resourceSet = new ResourceSetImpl();
    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    Path bundles = root.resolve(BUNDLES);
    if (Files.isDirectory(bundles)) {
      try (Stream<Path> projects = Files.list(bundles)) {
        for (Path project : projects.filter(Files::isDirectory).sorted().toList()) {
          URI location = folderUri(project);
          String name = project.getFileName().toString();
          uriMap.put(URI.createPlatformResourceURI(name + "/", false), location);
          uriMap.put(URI.createPlatformPluginURI(name + "/", false), location);
        }
      }
    }
    mapEmfModels(resourceSet);
    return resourceSet;
  }

  /** A resource set whose only job is to send the generator's output into the scratch workspace. */
  ResourceSet newWritingResourceSet() {
    ResourceSetImpl resourceSet = new ResourceSetImpl();
    resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/resource/"), folderUri(workspace));
    return resourceSet;
  }

  /**
   * Registers the model directory's project in EMF's global platform resource map, pointing into the scratch
   * workspace. Only code paths that bypass the generator's resource set use it (serialized packages when a genmodel
   * asks for loading initialization); they then write into the scratch workspace too.
   */
  void registerOutputProject(String modelDirectory) throws GenerationException {
    String project = segments(modelDirectory).get(0);
    EcorePlugin.getPlatformResourceMap().put(project, folderUri(workspace.resolve(project)));
  }

  /** The bundle folder of the model directory's project, e.g. {@code <root>/bundles/org.rogatory.model}. */
  Path bundleOf(String modelDirectory) throws GenerationException {
    return root.resolve(BUNDLES).resolve(segments(modelDirectory).get(0));
  }

  /** Where the generator wrote the model directory, e.g. {@code <workspace>/org.rogatory.model/src-gen}. */
  Path generatedDirectory(String modelDirectory) throws GenerationException {
    Path result = workspace;
    for (String segment : segments(modelDirectory)) {
      result = result.resolve(segment);
    }
    return result;
  }

  /** The scratch copy of a whole project such as {@code /org.rogatory.model.edit}. */
  Path workspaceProject(String project) {
    return workspace.resolve(project.replace("/", ""));
  }

  /** The committed model directory relative to the root, e.g. {@code bundles/org.rogatory.model/src-gen}. */
  String committedDirectory(String modelDirectory) throws GenerationException {
    return BUNDLES + "/" + String.join("/", segments(modelDirectory));
  }

  /**
   * The segments of a genmodel's modelDirectory such as {@code /org.rogatory.model/src-gen}. A folder inside the
   * project is required: the tool mirrors this folder file by file, so it must never be the bundle itself.
   */
  private static List<String> segments(String modelDirectory) throws GenerationException {
    List<String> segments = Stream.of(modelDirectory.split("/")).filter(s -> !s.isEmpty()).toList();
    if (segments.size() < 2 || segments.contains("..") || segments.contains(".")) {
      throw new GenerationException("modelDirectory '" + modelDirectory + "' must name a folder inside a project, "
          + "like /org.rogatory.model/src-gen: that folder is replaced wholesale by generated code");
    }
    return segments;
  }

  /**
   * Genmodels made in the IDE often refer to EMF's own Ecore.genmodel and to Ecore.ecore through platform:/plugin
   * URIs. The genmodel is read from ecore's jar; the Ecore, XMLType and XMLNamespace models resolve to the packages
   * already in memory, as in Eclipse, so that no second copy of EcorePackage is loaded.
   */
  private static void mapEmfModels(ResourceSetImpl resourceSet) {
    URL ecoreModel = EcorePackage.class.getResource("/model/Ecore.genmodel");
    if (ecoreModel != null) {
      URI pluginFolder = URI.createURI(ecoreModel.toString()).trimSegments(2);
      if (!pluginFolder.isPrefix()) {
        pluginFolder = pluginFolder.appendSegment("");
      }
      resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI(ECORE_PLUGIN + "/", false), pluginFolder);
      resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(ECORE_PLUGIN + "/", false), pluginFolder);
    }
    if (resourceSet.getURIResourceMap() == null) {
      resourceSet.setURIResourceMap(new HashMap<>());
    }
    List<EPackage> builtIns = List.of(EcorePackage.eINSTANCE, XMLTypePackage.eINSTANCE, XMLNamespacePackage.eINSTANCE);
    List<String> files = List.of("Ecore.ecore", "XMLType.ecore", "XMLNamespace.ecore");
    for (int i = 0; i < builtIns.size(); i++) {
      for (URI uri : List.of(URI.createPlatformPluginURI(ECORE_PLUGIN + "/model/" + files.get(i), false),
          URI.createPlatformResourceURI(ECORE_PLUGIN + "/model/" + files.get(i), false))) {
        resourceSet.getURIResourceMap().put(uri, builtIns.get(i).eResource());
      }
      resourceSet.getPackageRegistry().put(builtIns.get(i).getNsURI(), builtIns.get(i));
    }
  }

  private static URI folderUri(Path folder) {
    return URI.createFileURI(folder.toAbsolutePath().toString()).appendSegment("");
  }
}
