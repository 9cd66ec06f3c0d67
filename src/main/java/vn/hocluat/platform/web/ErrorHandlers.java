package vn.hocluat.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.channel.ChannelHandlerContext;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Friendly pages (or JSON under /api) for every error; never a stack trace in a response. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    private static final int TOO_LARGE_LINGER_SECONDS = 2;
    private final ErrorResponses errors;

    ErrorHandlers(ErrorResponses errors) {
        this.errors = errors;
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return errors.respond(request, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    MutableHttpResponse<?> notAllowed(HttpRequest<?> request) {
        return errors.respond(request, HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed");
    }

    @Error(global = true)
    MutableHttpResponse<?> problem(HttpRequest<?> request, Problem problem) {
        return errors.respond(request, problem.status(), problem.messageKey(), problem.args());
    }

    /**
     * An oversized body is refused before it is read, and the server stops reading. Closing at once
     * (Connection: close) can reset the connection before the client has read this answer, and
     * keeping it open leaves a client that is still sending waiting for the idle timeout (minutes);
     * so the connection stays open a few seconds for the client to read the answer, then closes.
     */
    @Error(global = true)
    MutableHttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        if (request instanceof NettyHttpRequest<?> netty) {
            ChannelHandlerContext ctx = netty.getChannelHandlerContext();
            ctx.executor().schedule(() -> ctx.channel().close(), TOO_LARGE_LINGER_SECONDS, TimeUnit.SECONDS);
        }
        return errors.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.tooLarge");
    }

    @Error(global = true)
    MutableHttpResponse<?> badParameter(HttpRequest<?> request, ConversionErrorException e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "error.badParameter", e.getArgument().getName());
    }

    @Error(global = true)
    MutableHttpResponse<?> missingParameter(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "error.missingParameter", e.getArgument().getName());
    }

    /**
     * The last resort, as a handler bean rather than an error route: Micronaut prefers error routes
     * over handler beans, so a route for Exception would also swallow the security refusals below.
     */
    @Singleton
    static class UnexpectedHandler implements ExceptionHandler<Exception, MutableHttpResponse<?>> {
        private final ErrorResponses errors;

        UnexpectedHandler(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, Exception e) {
            LOG.error("Unhandled error on {} {}", request.getMethod(), request.getPath(), e);
            return errors.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
        }
    }

    /**
     * Security refusals: a visitor who is not signed in is sent to the login page (API: 401);
     * a signed-in user without the right gets 403. A form without a valid CSRF token lands here too.
     */
    @Singleton
    @Replaces(DefaultAuthorizationExceptionHandler.class)
    static class AuthorizationHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
        private final ErrorResponses errors;

        AuthorizationHandler(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
            if (exception.isForbidden()) {
                return errors.respond(request, HttpStatus.FORBIDDEN, "error.forbidden");
            }
            if (ErrorResponses.isApi(request)) {
                return errors.respond(request, HttpStatus.UNAUTHORIZED, "error.unauthorized");
            }
            if (!"GET".equals(request.getMethodName())) {
                return errors.respond(request, HttpStatus.FORBIDDEN, "error.formExpired");
            }
            String next = URLEncoder.encode(request.getUri().toString(), StandardCharsets.UTF_8);
            return Pages.seeOther("/login?next=" + next);
        }
    }
}
