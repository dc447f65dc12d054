package org.rogatory.editor.internal.wizards;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of both wizards: a folder, an id and a title. Ids follow the format's rule (a letter, then letters,
 * digits, {@code -} or {@code _}), so the file written is valid from the start.
 */
final class LocationPage extends WizardPage {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*"); //$NON-NLS-1$

    private final String folderLabel;
    private final String initialFolder;
    private final String initialId;
    private Text folder;
    private Text id;
    private Text title;

    LocationPage(String name, String pageTitle, String description, String folderLabel, String initialFolder,
            String initialId) {
        super(name);
        setTitle(pageTitle);
        setDescription(description);
        this.folderLabel = folderLabel;
        this.initialFolder = initialFolder;
        this.initialId = initialId;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        folder = field(body, folderLabel, initialFolder);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Wizard_browse);
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        id = field(body, Messages.Wizard_id, initialId);
        new Label(body, SWT.NONE);
        title = field(body, Messages.Wizard_title, ""); //$NON-NLS-1$
        new Label(body, SWT.NONE);
        setControl(body);
        validate();
    }

    private Text field(Composite body, String label, String value) {
        Label name = new Label(body, SWT.NONE);
        name.setText(label);
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        text.setMessage(label.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, event -> validate());
        return text;
    }

    private void validate() {
        String message = null;
        if (folder.getText().isBlank()) {
            message = Messages.Wizard_folderMissing;
        } else if (!ID.matcher(id.getText()).matches()) {
            message = Messages.Wizard_idInvalid;
        } else if (title.getText().isBlank()) {
            message = Messages.Wizard_titleMissing;
        }
        setErrorMessage(message);
        setPageComplete(message == null);
    }

    Path folder() {
        return Path.of(folder.getText().strip());
    }

    String id() {
        return id.getText().strip();
    }

    String title() {
        return title.getText().strip();
    }

    /** Fills the fields, for tests that drive the wizard without typing. */
    void fill(String folderText, String idText, String titleText) {
        folder.setText(folderText);
        id.setText(idText);
        title.setText(titleText);
    }
}
