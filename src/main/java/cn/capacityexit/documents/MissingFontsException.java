package cn.capacityexit.documents;

import cn.capacityexit.web.ConflictException;

/** The machine lacks the open CJK fonts the documents embed: refused with what to install. */
public class MissingFontsException extends ConflictException {

  public MissingFontsException() {
    super("本机缺少公文字体，无法生成公文：请安装 fonts-arphic-uming、fonts-arphic-ukai、fonts-wqy-zenhei"
        + "（apt-get install），或以 DOCUMENT_FONTS_DIR 指定包含 uming.ttc、ukai.ttc、wqy-zenhei.ttc 的目录");
  }
}
