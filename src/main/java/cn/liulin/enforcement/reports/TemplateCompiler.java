package cn.liulin.enforcement.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code reports/*.jrxml} to {@code .jasper} at build time (Maven runs it
 * in {@code process-classes}), so that the application never needs a Java compiler at run
 * time.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Files.createDirectories(Path.of(args[1]));
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
            System.out.println("compiled " + template + " -> " + target.resolve(name));
        }
    }

}
