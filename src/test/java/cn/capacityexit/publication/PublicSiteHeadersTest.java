package cn.capacityexit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicSiteHeadersTest {

  @Test
  void everyPublicResponseForbidsInlineScriptFramingSniffingAndReferrers() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new PublicSiteHeaders().doFilter(new MockHttpServletRequest("GET", "/public/lists"), response, new MockFilterChain());
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }
}
