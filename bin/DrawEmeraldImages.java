import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Draws the Marketplace images of both plugin jars (plugin icon and logo, dashboard-item thumbnails, macro icons)
 * into the modules' src/main/resources/images. One-off: run it again after changing a drawing and commit the PNGs.
 *
 * <pre>java bin/DrawEmeraldImages.java</pre>
 */
public final class DrawEmeraldImages {

    private static final Color EMERALD = new Color(0x05, 0x96, 0x69);
    private static final Color EMERALD_DARK = new Color(0x06, 0x5F, 0x46);
    private static final Color EMERALD_LIGHT = new Color(0xA7, 0xF3, 0xD0);
    private static final Color PANEL = new Color(0xF4, 0xF5, 0xF7);
    private static final Color INK = new Color(0x42, 0x52, 0x6E);
    private static final Color WHITE = Color.WHITE;

    public static void main(String... args) throws IOException {
        Path jira = Path.of("emerald-jira/src/main/resources/images");
        Path confluence = Path.of("emerald-confluence/src/main/resources/images");
        for (Path images : new Path[] {jira, confluence}) {
            write(images.resolve("plugin-icon.png"), 16, 16, true, g -> mark(g, 0, 0, 16));
            write(images.resolve("plugin-logo.png"), 144, 144, true, g -> mark(g, 0, 0, 144));
        }
        write(jira.resolve("thumbnail-okr-progress.png"), 120, 60, false, g -> thumbnail(g, DrawEmeraldImages::progressBars));
        write(jira.resolve("thumbnail-kpi-health.png"), 120, 60, false, g -> thumbnail(g, DrawEmeraldImages::sparkline));
        write(jira.resolve("thumbnail-key-result-trend.png"), 120, 60, false, g -> thumbnail(g, DrawEmeraldImages::trend));
        write(jira.resolve("thumbnail-cycle-overview.png"), 120, 60, false, g -> thumbnail(g, DrawEmeraldImages::donut));
        write(confluence.resolve("macro-okr-objective.png"), 80, 80, false, g -> macro(g, DrawEmeraldImages::bullseye));
        write(confluence.resolve("macro-okr-plan.png"), 80, 80, false, g -> macro(g, DrawEmeraldImages::planRows));
        write(confluence.resolve("macro-kpi-status.png"), 80, 80, false, g -> macro(g, DrawEmeraldImages::gauge));
    }

    private static void write(Path file, int width, int height, boolean transparent, Consumer<Graphics2D> drawing)
            throws IOException {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (!transparent) {
            g.setColor(WHITE);
            g.fillRect(0, 0, width, height);
        }
        drawing.accept(g);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        System.out.println(file + " " + width + "x" + height);
    }

    /** The Emerald mark: a white emerald-cut gem with its table facet on a rounded emerald square. */
    private static void mark(Graphics2D g, double x, double y, double size) {
        g.setColor(EMERALD);
        g.fill(new RoundRectangle2D.Double(x, y, size, size, size * 0.3, size * 0.3));
        double inset = size * 0.2;
        double cut = size * 0.14;
        double left = x + inset;
        double top = y + inset;
        double right = x + size - inset;
        double bottom = y + size - inset;
        g.setColor(WHITE);
        g.fill(octagon(left, top, right, bottom, cut));
        if (size >= 32) {
            double table = size * 0.13;
            g.setColor(EMERALD_LIGHT);
            g.fill(octagon(left + table, top + table, right - table, bottom - table, cut * 0.6));
        } else {
            g.setColor(EMERALD_LIGHT);
            g.fill(new java.awt.geom.Rectangle2D.Double(left + size * 0.17, top + size * 0.17,
                    right - left - size * 0.34, bottom - top - size * 0.34));
        }
    }

    private static Path2D octagon(double left, double top, double right, double bottom, double cut) {
        Path2D p = new Path2D.Double();
        p.moveTo(left + cut, top);
        p.lineTo(right - cut, top);
        p.lineTo(right, top + cut);
        p.lineTo(right, bottom - cut);
        p.lineTo(right - cut, bottom);
        p.lineTo(left + cut, bottom);
        p.lineTo(left, bottom - cut);
        p.lineTo(left, top + cut);
        p.closePath();
        return p;
    }

    /** 120×60: a light card with the mark on the left and the item's chart on the right. */
    private static void thumbnail(Graphics2D g, Consumer<Graphics2D> chart) {
        g.setColor(PANEL);
        g.fillRect(0, 0, 120, 60);
        mark(g, 8, 14, 32);
        chart.accept(g);
    }

    private static void progressBars(Graphics2D g) {
        double[] done = {0.8, 0.55, 0.3};
        for (int i = 0; i < done.length; i++) {
            double y = 12 + i * 14;
            g.setColor(new Color(0xDF, 0xE1, 0xE6));
            g.fill(new RoundRectangle2D.Double(50, y, 60, 8, 8, 8));
            g.setColor(EMERALD);
            g.fill(new RoundRectangle2D.Double(50, y, 60 * done[i], 8, 8, 8));
        }
    }

    private static void sparkline(Graphics2D g) {
        double[] values = {34, 30, 36, 28, 24, 27, 18, 20, 14};
        Path2D line = new Path2D.Double();
        for (int i = 0; i < values.length; i++) {
            double x = 50 + i * 7.5;
            if (i == 0) {
                line.moveTo(x, values[i] + 6);
            } else {
                line.lineTo(x, values[i] + 6);
            }
        }
        g.setColor(EMERALD);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.fill(new Ellipse2D.Double(50 + 8 * 7.5 - 4, 20 - 4, 8, 8));
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(50, 50, 112, 50);
    }

    private static void trend(Graphics2D g) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
        g.drawLine(50, 48, 112, 12);
        Path2D actual = new Path2D.Double();
        actual.moveTo(50, 48);
        actual.lineTo(62, 44);
        actual.lineTo(74, 38);
        actual.lineTo(86, 33);
        actual.lineTo(98, 22);
        g.setColor(EMERALD);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(actual);
        g.fill(new Ellipse2D.Double(98 - 4, 22 - 4, 8, 8));
    }

    private static void donut(Graphics2D g) {
        double cx = 80;
        double cy = 30;
        double r = 20;
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.setColor(new Color(0xDF, 0xE1, 0xE6));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(EMERALD);
        g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90, -230, Arc2D.OPEN));
        g.setColor(new Color(0xFF, 0xAB, 0x00));
        g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90 - 230, -70, Arc2D.OPEN));
    }

    /** 80×80, opaque: an emerald tile with the macro's white pictogram and a small gem in the corner. */
    private static void macro(Graphics2D g, Consumer<Graphics2D> pictogram) {
        g.setColor(EMERALD);
        g.fillRect(0, 0, 80, 80);
        g.setColor(EMERALD_DARK);
        g.fillRect(0, 68, 80, 12);
        pictogram.accept(g);
        g.setColor(WHITE);
        g.fill(octagon(62, 70, 74, 78, 2));
    }

    private static void bullseye(Graphics2D g) {
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(5f));
        g.draw(new Ellipse2D.Double(16, 10, 48, 48));
        g.draw(new Ellipse2D.Double(28, 22, 24, 24));
        g.fill(new Ellipse2D.Double(36, 30, 8, 8));
    }

    private static void planRows(Graphics2D g) {
        g.setColor(WHITE);
        for (int i = 0; i < 4; i++) {
            double y = 12 + i * 13;
            g.fill(new RoundRectangle2D.Double(14, y, 8, 8, 3, 3));
            g.fill(new RoundRectangle2D.Double(28, y, i % 2 == 0 ? 38 : 28, 8, 4, 4));
        }
    }

    private static void gauge(Graphics2D g) {
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(14, 14, 52, 52, 180, -180, Arc2D.OPEN));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(40, 40, 56, 24);
        g.fill(new Ellipse2D.Double(35, 35, 10, 10));
        g.fill(new RoundRectangle2D.Double(14, 50, 52, 6, 4, 4));
    }
}
