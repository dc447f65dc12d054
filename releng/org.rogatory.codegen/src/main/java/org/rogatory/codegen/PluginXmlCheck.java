package org.rogatory.codegen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;

/**
 * The generator's own plugin.xml never reaches the bundle, so the hand-written one must register each generated
 * package, or OSGi code cannot find the package by its nsURI. This warns, with the lines to add, when it does not.
 */
final class PluginXmlCheck {

  private PluginXmlCheck() {
  }

  static void warnIfUnregistered(GenModel genModel, Path bundle, String genmodelInBundle, PrintStream out)
      throws IOException {
    Path pluginXml = bundle.resolve("plugin.xml");
    String text = Files.isRegularFile(pluginXml) ? Files.readString(pluginXml) : "";
    for (GenPackage genPackage : allPackages(genModel.getGenPackages())) {
      if (!genPackage.hasClassifiers() || text.contains("\"" + genPackage.getNSURI() + "\"")) {
        continue;
      }
      out.println("[codegen] WARNING " + bundle.getFileName() + "/plugin.xml does not register "
          + genPackage.getNSURI() + "; add:");
      out.println("[codegen]   <extension point=\"org.eclipse.emf.ecore.generated_package\">");
      out.println("[codegen]     <package uri=\"" + genPackage.getNSURI() + "\" class=\""
          + genPackage.getQualifiedPackageInterfaceName() + "\" genModel=\"" + genmodelInBundle + "\"/>");
      out.println("[codegen]   </extension>");
    }
  }

  private static List<GenPackage> allPackages(List<GenPackage> packages) {
    List<GenPackage> result = new ArrayList<>();
    for (GenPackage genPackage : packages) {
      result.add(genPackage);
      result.addAll(allPackages(genPackage.getNestedGenPackages()));
    }
    return result;
  }
}
