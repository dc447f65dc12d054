package org.rogatory.codegen;

import java.io.PrintStream;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;

/**
 * Checks the genmodel attributes that decide whether headless output is stable and equal to the IDE's. A missing
 * modelDirectory is an error; the rest are warnings, because the generator still works (see README.md).
 */
final class GenModelSettings {

  private GenModelSettings() {
  }

  static void check(GenModel genModel, String genmodelPath, PrintStream out) throws GenerationException {
    String modelDirectory = genModel.getModelDirectory();
    if (modelDirectory == null || modelDirectory.isBlank()) {
      throw new GenerationException(genmodelPath + ": modelDirectory is not set, e.g. /org.rogatory.model/src-gen");
    }
    String prefix = "[codegen] WARNING " + genmodelPath + ": ";
    if (!genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__COMPLIANCE_LEVEL)) {
      out.println(prefix + "complianceLevel is not set, so EMF generates Java 1.4 code (no generics); set 21.0");
    }
    if (!genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__RUNTIME_VERSION)) {
      out.println(prefix + "runtimeVersion is not set, so the generated code changes whenever EMF is upgraded; "
          + "set it, e.g. runtimeVersion=\"2.46\"");
    }
    if (genModel.isDynamicTemplates()) {
      out.println(prefix + "dynamicTemplates=\"true\" is ignored: the precompiled templates are used");
    }
    if (genModel.isCodeFormatting() || genModel.isImportOrganizing()) {
      out.println(prefix + "codeFormatting/importOrganizing need Eclipse's JDT and are ignored here, so the IDE "
          + "would generate different code; set both to false");
    }
    String pluginClass = genModel.getModelPluginClass();
    if (pluginClass != null && !pluginClass.isBlank()) {
      out.println(prefix + "modelPluginClass=\"" + pluginClass + "\" generates a plug-in class that needs "
          + "org.eclipse.core.runtime; set modelPluginClass=\"\" for a plain model bundle");
    }
  }
}
