package dev.peerdesk.question.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pretty question URLs: {@code /questions/42} and {@code /questions/42/any-slug} show the page
 * {@code /question/view.xhtml?id=42} (the slug is for people and search engines; the page names its
 * canonical URL). {@code /questions} itself leads to the question list. The API ({@code /api/...})
 * is not under this path.
 */
@WebFilter(urlPatterns = "/questions/*")
public class QuestionUrlFilter extends HttpFilter {

    private static final Pattern QUESTION = Pattern.compile("^/questions/(\\d{1,18})(?:/[^/]*)?/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/questions") || path.equals("/questions/")) {
            dev.peerdesk.platform.http.Redirects.seeOther(response, request.getContextPath() + "/");
            return;
        }
        Matcher matcher = QUESTION.matcher(path);
        if (matcher.matches()) {
            request.getRequestDispatcher("/question/view.xhtml?id=" + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
